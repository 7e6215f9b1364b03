using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>Where each URL is written: as a static server looks for it, and never outside the output folder.</summary>
public sealed class ExportWriterTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "fg-writer-root");
    private readonly ExportWriter writer = new(Root);

    [Theory]
    [InlineData("/", ExportKind.Page, "index.html")]
    [InlineData("/tags", ExportKind.Page, "tags.html")]
    [InlineData("/guides/flask-vs-django", ExportKind.Page, "guides/flask-vs-django.html")]
    [InlineData("/guides/flask-vs-django/faq", ExportKind.Page, "guides/flask-vs-django/faq.html")]
    [InlineData("/guides/flask-vs-django/s/quick-answer", ExportKind.Page, "guides/flask-vs-django/s/quick-answer.html")]
    [InlineData("/page/2", ExportKind.Page, "page/2.html")]
    [InlineData("/tags/node.js", ExportKind.Page, "tags/node.js.html")]
    [InlineData("/tags/caf%C3%A9", ExportKind.Page, "tags/café.html")]
    [InlineData("/tags/c%23", ExportKind.Page, "tags/c#.html")]
    [InlineData("/sitemap.xml", ExportKind.File, "sitemap.xml")]
    [InlineData("/guides/flask-vs-django/card.png", ExportKind.File, "guides/flask-vs-django/card.png")]
    [InlineData("/css/site.r69utw8fj3.css", ExportKind.File, "css/site.r69utw8fj3.css")]
    [InlineData("/anything", ExportKind.NotFoundPage, "404.html")]
    public void PathFor_NamesTheFileAStaticServerFindsForTheUrl(string url, ExportKind kind, string expected)
    {
        var path = writer.PathFor(new ExportItem(url, kind));

        Assert.Equal(Path.Combine([Root, .. expected.Split('/')]), path);
    }

    [Theory]
    [InlineData("/..")]
    [InlineData("/../outside")]
    [InlineData("/guides/../../outside")]
    [InlineData("/%2e%2e/outside")]
    [InlineData("/guides/%2E%2E/%2E%2E/outside")]
    [InlineData("/guides/..%2F..%2Foutside")]
    [InlineData("/guides/%2Fetc%2Fpasswd")]
    [InlineData("/guides/..%5C..%5Coutside")]
    [InlineData("/guides/a%00b")]
    [InlineData("/guides/./x")]
    [InlineData("//outside")]
    [InlineData("/guides//x")]
    [InlineData("/guides/")]
    [InlineData("guides/x")]
    [InlineData("/guides/x?y=1")]
    [InlineData("/guides/x#y")]
    public void PathFor_RefusesAUrlThatIsNotAPlainPathInsideTheFolder(string url)
    {
        var error = Assert.Throws<ArgumentException>(() => writer.PathFor(new ExportItem(url, ExportKind.Page)));

        Assert.Contains(url, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_WritesTheFileAndItsCompressedSiblings_ForText()
    {
        using var folder = TempFolder.Create("export-writer");
        var output = new ExportWriter(folder.FullPath);
        var html = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Pick the option that fits.</p>\n", 100)));

        var written = await output.WriteAsync(new ExportItem("/guides/a", ExportKind.Page), html, etag: null, earlier: null, TestContext.Current.CancellationToken);
        var png = await output.WriteAsync(new ExportItem("/guides/a/card.png", ExportKind.File), html, etag: null, earlier: null, TestContext.Current.CancellationToken);

        Assert.Equal(3, written.Count);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html.br")));
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html.gz")));
        Assert.Equal(new ExportedFiles(1, html.Length, Written: 1), png);
    }
}
