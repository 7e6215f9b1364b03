using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Synthetic;
using SyntheticGuide = FrameworkGuide.Synthetic.GuideText;
using FrameworkGuide.Web.Search;
using Lucene.Net.Search;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>
/// Summing each word's fields in an array must find and score every guide exactly as Lucene's own
/// scorers do, or the results a reader sees would change order: on an index of synthetic guides
/// whose older segment holds replaced and deleted guides, as after reloads.
/// </summary>
public sealed class AnyFieldQueryTests : IDisposable
{
    private const int Guides = 120;

    private readonly TempFolder folder = TempFolder.Create("any-field");
    private readonly GuideAnalyzer analyzer = new();
    private readonly SearchIndexWriter writer;
    private readonly SearchIndex index;

    public AnyFieldQueryTests()
    {
        GuideSet.Write(folder.FullPath, Guides);
        writer = new SearchIndexWriter(analyzer);
        var library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1_000_000), folder.FullPath, TimeProvider.System);
        writer.Index(library.LoadAll());

        var changed = new List<string>();
        for (var guide = 1; guide <= Guides; guide += 7)
        {
            var path = Path.Combine(folder.FullPath, SyntheticGuide.FileName(guide));
            File.WriteAllText(path, SyntheticGuide.Write(guide, Guides, marker: "second", seed: 3));
            changed.Add(path);
        }

        for (var guide = 4; guide <= Guides; guide += 11)
        {
            var path = Path.Combine(folder.FullPath, SyntheticGuide.FileName(guide));
            File.Delete(path);
            changed.Add(path);
        }

        (index, _) = writer.Index(library.Apply(changed));
    }

    public static TheoryData<string, bool> Queries => new()
    {
        { "small teams", true },
        { "decision table", true },
        { "postgresql mysql", true },
        { "kafka rabbitmq messaging", true },
        { "kafka small teams", true },
        { "flask small", true },
        { "team proj", true },
        { "second prototype", true },
    };

    [Theory]
    [MemberData(nameof(Queries))]
    public void For_FindsAndScoresEveryGuideAsLucenesOwnScorersDo(string text, bool everyWord)
    {
        var query = SearchQuery.Parse(text, analyzer);
        var all = index.Searcher.IndexReader.MaxDoc;

        var expected = index.Searcher.Search(LuceneQuery.ScoredByLucene(query, everyWord), all);
        var actual = index.Searcher.Search(LuceneQuery.For(query, everyWord, index.Searcher.IndexReader), all);

        Assert.True(index.Searcher.IndexReader.HasDeletions);
        Assert.True(index.Searcher.IndexReader.Leaves.Count > 1);
        Assert.InRange(expected.TotalHits, 2, index.Searcher.IndexReader.NumDocs);
        Assert.Equal(expected.TotalHits, actual.TotalHits);
        var scores = expected.ScoreDocs.ToDictionary(hit => hit.Doc, hit => hit.Score);
        Assert.All(actual.ScoreDocs, hit => Assert.Equal(scores[hit.Doc], hit.Score, scores[hit.Doc] * 1e-5f));
    }

    [Fact]
    public void For_FindsNothing_WhenAWordIsInNoGuide()
    {
        var query = SearchQuery.Parse("small quokka", analyzer);

        Assert.Equal(0, index.Searcher.Search(LuceneQuery.For(query, everyWord: true, index.Searcher.IndexReader), 10).TotalHits);
        Assert.Equal(Guides - 11, index.Searcher.Search(LuceneQuery.For(query, everyWord: false, index.Searcher.IndexReader), 10).TotalHits);
    }

    public void Dispose()
    {
        index.Dispose();
        writer.Dispose();
        analyzer.Dispose();
        folder.Dispose();
    }
}
