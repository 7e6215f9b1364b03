using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>A search reads one index from start to end, even when a newer one is published meanwhile.</summary>
public sealed class SearchIndexTests : IDisposable
{
    private static readonly ContentSet TestContent =
        new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1_000_000), SiteFixture.ContentPath, TimeProvider.System).LoadAll();

    private readonly GuideAnalyzer analyzer = new();

    [Fact]
    public void Build_IndexesEveryServedGuide()
    {
        using var index = SearchIndex.Build(TestContent, analyzer);

        Assert.Equal(TestSite.ServedSlugs.Count, index.Searcher.IndexReader.NumDocs);
        Assert.Same(TestContent, index.Set);
    }

    [Fact]
    public void Publish_LetsASearchInProgressFinishOnTheIndexItStartedWith()
    {
        using var indexes = new SearchIndexes(analyzer);
        var first = SearchIndex.Build(TestContent, analyzer);
        indexes.Publish(first);

        var hits = indexes.Read(index =>
        {
            indexes.Publish(SearchIndex.Build(ContentSet.Empty, analyzer));
            return index.Searcher.Search(new TermQuery(new Term(SearchFields.Option, "sqlite")), 10).TotalHits;
        });

        Assert.Equal(1, hits);
        Assert.False(first.TryAcquire());
        Assert.Same(ContentSet.Empty, indexes.Set);
    }

    public void Dispose() => analyzer.Dispose();
}
