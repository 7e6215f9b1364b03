using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Search;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>
/// After the first index, a reload indexes only the guides whose files changed, and each index
/// keeps showing the set it was made for.
/// </summary>
public sealed class SearchIndexWriterTests : IDisposable
{
    private const string Edited = "fastapi-vs-flask.md";
    private const string Deleted = "postgresql-vs-mysql-vs-sqlite.md";

    private readonly TempFolder folder = TempFolder.Create("search-writer");
    private readonly GuideAnalyzer analyzer = new();
    private readonly SearchIndexWriter writer;
    private readonly ContentLibrary library;

    public SearchIndexWriterTests()
    {
        foreach (var file in new[] { "flask-vs-django.md", Edited, Deleted })
        {
            File.Copy(Path.Combine(SiteFixture.ContentPath, file), Path.Combine(folder.FullPath, file));
        }

        writer = new SearchIndexWriter(analyzer);
        library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1_000_000), folder.FullPath, TimeProvider.System);
    }

    [Fact]
    public void Index_OfAReload_IndexesOnlyTheGuidesThatChanged_AndTheEarlierIndexStaysAsItWas()
    {
        var first = library.LoadAll();
        var (before, all) = writer.Index(first);
        var edited = Path.Combine(folder.FullPath, Edited);
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("FastAPI fits projects", "FastAPI fits quokka projects", StringComparison.Ordinal));
        File.Delete(Path.Combine(folder.FullPath, Deleted));

        var second = library.Apply([edited, Path.Combine(folder.FullPath, Deleted)]);
        var (after, changed) = writer.Index(second);

        Assert.Equal(3, all);
        Assert.Equal(2, changed);
        Assert.Equal(2, after.Searcher.IndexReader.NumDocs);
        Assert.Equal(["fastapi-vs-flask"], Slugs(after, SearchFields.Text, "quokka"));
        Assert.Empty(Slugs(after, SearchFields.Option, "sqlite"));
        Assert.Equal(["flask-vs-django"], Slugs(after, SearchFields.Option, "django"));
        Assert.Empty(Slugs(before, SearchFields.Text, "quokka"));
        Assert.Equal(["postgresql-vs-mysql-vs-sqlite"], Slugs(before, SearchFields.Option, "sqlite"));
        Assert.Equal(0, writer.Index(second).Changed);
    }

    public void Dispose()
    {
        writer.Dispose();
        analyzer.Dispose();
        folder.Dispose();
    }

    private static List<string> Slugs(SearchIndex index, string field, string term) =>
        index.Searcher.Search(new TermQuery(new Term(field, term)), 10).ScoreDocs
            .Select(hit => index.Searcher.Doc(hit.Doc).Get(SearchFields.Slug, System.Globalization.CultureInfo.InvariantCulture))
            .ToList();
}
