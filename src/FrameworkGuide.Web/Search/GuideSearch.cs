using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Search;

/// <summary>Answers a search from the current index: the best guides first, each with where it matched.</summary>
public sealed class GuideSearch(SearchIndexes indexes, GuideAnalyzer analyzer, HitMaker hits)
{
    /// <summary>Results shown on one page.</summary>
    public const int MaxResults = 20;

    public SearchPage Find(string? text)
    {
        var query = SearchQuery.Parse(text, analyzer);
        return indexes.Read(index => query.IsEmpty ? new SearchPage(query, index.Set) : Search(index, query));
    }

    private SearchPage Search(SearchIndex index, SearchQuery query)
    {
        var everyWord = true;
        var top = index.Searcher.Search(LuceneQuery.For(query, everyWord), MaxResults);
        if (top.TotalHits == 0 && query.Words.Count > 1)
        {
            everyWord = false;
            top = index.Searcher.Search(LuceneQuery.For(query, everyWord), MaxResults);
        }

        var found = top.ScoreDocs
            .Select(hit => index.Searcher.Doc(hit.Doc).Get(SearchFields.Slug))
            .Select(slug => index.Set.BySlug.GetValueOrDefault(slug))
            .OfType<Guide>()
            .Select(guide => hits.For(guide, query))
            .ToList();
        return new SearchPage(query, index.Set) { Hits = found, TotalHits = top.TotalHits, HasEveryWord = everyWord };
    }
}
