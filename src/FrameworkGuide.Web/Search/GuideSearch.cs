using System.Globalization;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Content;

namespace FrameworkGuide.Web.Search;

/// <summary>Answers a search from the current index: the best guides first, each with where it matched.</summary>
public sealed class GuideSearch(SearchIndexes indexes, ContentStore content, GuideAnalyzer analyzer, HitMaker hits, SearchResultCache results)
{
    /// <summary>Results shown on one page.</summary>
    public const int MaxResults = 20;

    public SearchPage Find(string? text)
    {
        var query = SearchQuery.Parse(text, analyzer);

        // The guides to browse when there is nothing to show come from the content the site serves now;
        // the hits come from the index, which may still be the one of the set before.
        var browse = content.Current;
        return query.IsEmpty ? new SearchPage(query, browse) : indexes.Read(index => Search(index, query, browse));
    }

    private SearchPage Search(SearchIndex index, SearchQuery query, ContentSet browse)
    {
        var found = results.GetOrSearch(index.Set, query, () => Search(index, query));
        return new SearchPage(query, browse) { Hits = found.Hits, TotalHits = found.TotalHits, HasEveryWord = found.HasEveryWord };
    }

    private SearchResults Search(SearchIndex index, SearchQuery query)
    {
        var everyWord = true;
        var top = index.Searcher.Search(LuceneQuery.For(query, everyWord, index.Searcher.IndexReader), MaxResults);
        if (top.TotalHits == 0 && query.Words.Count > 1)
        {
            everyWord = false;
            top = index.Searcher.Search(LuceneQuery.For(query, everyWord, index.Searcher.IndexReader), MaxResults);
        }

        var found = top.ScoreDocs
            .Select(hit => index.Searcher.Doc(hit.Doc).Get(SearchFields.Slug, CultureInfo.InvariantCulture))
            .Select(slug => index.Set.BySlug.GetValueOrDefault(slug))
            .OfType<Guide>()
            .Select(guide => hits.For(guide, query))
            .ToList();
        return new SearchResults(found, top.TotalHits, everyWord);
    }
}
