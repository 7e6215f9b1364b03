using FrameworkGuide.Content.Model;
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

        var written = await output.WriteAsync(new ExportItem("/guides/a", ExportKind.Page), html, etag: null, earlier: null, inputs: null, TestContext.Current.CancellationToken);
        var png = await output.WriteAsync(new ExportItem("/guides/a/card.png", ExportKind.File), html, etag: null, earlier: null, inputs: null, TestContext.Current.CancellationToken);

        Assert.Equal(3, written.Count);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html.br")));
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html.gz")));
        Assert.Equal(new ExportedFiles(1, html.Length, Written: 1), png);
    }

    [Fact]
    public async Task Finish_OfAnIncompleteUpdate_DeletesNothing_AndTheRecordStillNamesTheEarlierFiles()
    {
        using var folder = TempFolder.Create("export-incomplete");
        var first = new ExportWriter(folder.FullPath);
        await first.WriteAsync(Page("/guides/a"), Html("a"), etag: null, earlier: null, inputs: null, TestContext.Current.CancellationToken);
        await first.WriteAsync(Page("/guides/b"), Html("b"), etag: null, earlier: null, inputs: null, TestContext.Current.CancellationToken);
        first.Finish(complete: true);

        var update = new ExportWriter(folder.FullPath, ExportManifest.Read(folder.FullPath));
        await update.WriteAsync(Page("/guides/a"), Html("a, edited"), etag: null, update.Earlier(Page("/guides/a")), inputs: null, TestContext.Current.CancellationToken);
        Assert.Equal(0, update.Finish(complete: false));

        var record = ExportManifest.Read(folder.FullPath)!;
        var entries = Enumerable.Range(0, record.Count).Select(record.EntryAt).ToList();
        Assert.Equal(["guides/a.html", "guides/b.html"], entries.Select(entry => entry.Files[0].File));
        Assert.True(Enumerable.Range(0, record.Count).All(line => record.IsIntact(line, ExportWriter.RootOf(folder.FullPath), out _)));
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "b.html")));
    }

    [Fact]
    public async Task WriteAsync_OfABodyTooSmallToCompress_RemovesTheSiblingsOfTheEarlierBody()
    {
        using var folder = TempFolder.Create("export-siblings");
        var first = new ExportWriter(folder.FullPath);
        await first.WriteAsync(Page("/guides/a"), Html("a"), etag: null, earlier: null, inputs: null, TestContext.Current.CancellationToken);
        first.Finish(complete: true);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html.gz")));

        var update = new ExportWriter(folder.FullPath, ExportManifest.Read(folder.FullPath));
        var written = await update.WriteAsync(Page("/guides/a"), "<p>a</p>"u8.ToArray(), etag: null, update.Earlier(Page("/guides/a")), inputs: null, TestContext.Current.CancellationToken);

        Assert.Equal(new ExportedFiles(1, 8, Written: 1), written);
        Assert.False(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html.gz")));
        Assert.False(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html.br")));
    }

    [Fact]
    public async Task Finish_RecordsFilesWithLongAndNonAsciiNames_AndTheNextUpdateKeepsThem()
    {
        using var folder = TempFolder.Create("export-long-names");
        var segment = string.Concat(Enumerable.Repeat("café-", 40));
        var url = $"/guides/{Uri.EscapeDataString(segment)}/{Uri.EscapeDataString(segment)}/{Uri.EscapeDataString(segment)}";
        var first = new ExportWriter(folder.FullPath);
        await first.WriteAsync(Page(url), Html("long"), "\"l1\"", earlier: null, inputs: Made(7), TestContext.Current.CancellationToken);
        await first.WriteAsync(Page("/guides/a"), Html("a"), "\"a1\"", earlier: null, inputs: Made(8), TestContext.Current.CancellationToken);
        first.Finish(complete: true);

        var update = new ExportWriter(folder.FullPath, ExportManifest.Read(folder.FullPath));

        Assert.True(update.TryKeep(Page(url), Made(7), out var kept));
        Assert.Equal(3, kept.Count);
        Assert.False(update.TryKeep(Page("/guides/a"), Made(9), out _));
        Assert.Equal("\"a1\"", update.Earlier(Page("/guides/a"))?.ETag);
    }

    [Fact]
    public async Task CheckFiles_OfTheEarlierRecord_LetsTheWriterKeepOnlyTheUrlsWhoseFilesAreAsWritten()
    {
        using var folder = TempFolder.Create("export-check-files");
        var first = new ExportWriter(folder.FullPath);
        await first.WriteAsync(Page("/guides/a"), Html("a"), etag: null, earlier: null, inputs: Made(1), TestContext.Current.CancellationToken);
        await first.WriteAsync(Page("/guides/b"), Html("b"), etag: null, earlier: null, inputs: Made(2), TestContext.Current.CancellationToken);
        first.Finish(complete: true);
        File.Delete(Path.Combine(folder.FullPath, "guides", "b.html.gz"));

        var record = ExportManifest.Read(folder.FullPath)!;
        record.CheckFiles(ExportWriter.RootOf(folder.FullPath));
        var update = new ExportWriter(folder.FullPath, record);

        Assert.True(update.TryKeep(Page("/guides/a"), Made(1), out var kept));
        Assert.Equal(new ExportedFiles(3, new FileInfo(Path.Combine(folder.FullPath, "guides", "a.html")).Length
            + new FileInfo(Path.Combine(folder.FullPath, "guides", "a.html.br")).Length + new FileInfo(Path.Combine(folder.FullPath, "guides", "a.html.gz")).Length, Written: 0), kept);
        Assert.False(update.TryKeep(Page("/guides/b"), Made(2), out _));
    }

    [Fact]
    public async Task CheckFiles_FindsEachFileAsFileInfoSeesIt_GoneChangedOrBehindALinkToAFolder()
    {
        using var folder = TempFolder.Create("export-check-folders");
        string[] urls = ["/", "/guides/a", "/guides/a/faq", "/guides/a/s/x", "/guides/a/s/x/deep", "/guides/a/s/y", "/guides/b", "/guides/b/faq", "/guides/c/s/z", "/tags", "/tags/t", "/x"];
        var first = new ExportWriter(folder.FullPath);
        foreach (var url in urls)
        {
            await first.WriteAsync(Page(url), Html(url), etag: null, earlier: null, inputs: Made(1), TestContext.Current.CancellationToken);
        }

        first.Finish(complete: true);
        var root = ExportWriter.RootOf(folder.FullPath);
        string File(string relative) => Path.Combine(folder.FullPath, relative);

        // A file gone, one longer, one written at another time, a whole folder gone, one a link to a folder.
        System.IO.File.Delete(File("guides/a/faq.html.br"));
        System.IO.File.AppendAllText(File("guides/a/s/x/deep.html"), "!");
        System.IO.File.SetLastWriteTimeUtc(File("guides/b/faq.html.gz"), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        Directory.Delete(File("guides/c"), recursive: true);
        Directory.Move(File("tags"), File("tags-moved"));
        Directory.CreateSymbolicLink(File("tags"), File("tags-moved"));

        var checkedRecord = ExportManifest.Read(folder.FullPath)!;
        checkedRecord.CheckFiles(root);
        var record = ExportManifest.Read(folder.FullPath)!;
        var lines = Enumerable.Range(0, record.Count).ToList();
        var expected = lines.Select(line => record.EntryAt(line).Files.All(file =>
            new FileInfo(File(file.File)) is { Exists: true } info && info.Length == file.Length && info.LastWriteTimeUtc.Ticks == file.WriteTicks)).ToList();

        Assert.Equal(expected, lines.Select(line => checkedRecord.IsIntact(line, root, out _)));
        Assert.Equal(expected, lines.Select(line => record.IsIntact(line, root, out _)));
        Assert.Equal(
            ["guides/a/faq.html", "guides/a/s/x/deep.html", "guides/b/faq.html", "guides/c/s/z.html"],
            lines.Where(line => !expected[line]).Select(line => record.EntryAt(line).Files[0].File));
    }

    [Fact]
    public async Task Finish_NamesEachFileOnce_WhenTwoUrlsWriteIt_OrTheEarlierRecordNamesItTwice()
    {
        using var folder = TempFolder.Create("export-one-line-a-file");
        var first = new ExportWriter(folder.FullPath);
        await first.WriteAsync(Page("/x"), Html("x"), "\"x1\"", earlier: null, inputs: Made(1), TestContext.Current.CancellationToken);
        await first.WriteAsync(Page("/y"), Html("y"), "\"y1\"", earlier: null, inputs: Made(2), TestContext.Current.CancellationToken);
        first.Finish(complete: true);
        var record = Path.Combine(folder.FullPath, ExportManifest.FileName);
        var yLine = File.ReadAllLines(record).Single(line => line.Contains("\ty.html\t", StringComparison.Ordinal));
        File.AppendAllText(record, yLine.Replace("\"y1\"", "\"y2\"", StringComparison.Ordinal) + "\n");

        // The page /x is kept, then the file /x.html, which is the same file, is written over it.
        var update = new ExportWriter(folder.FullPath, ExportManifest.Read(folder.FullPath));
        Assert.True(update.TryKeep(Page("/x"), Made(1), out _));
        await update.WriteAsync(new ExportItem("/x.html", ExportKind.File), Html("x, as a file"), "\"x2\"", update.Earlier(Page("/x")), inputs: null, TestContext.Current.CancellationToken);
        update.Finish(complete: false);

        var written = ExportManifest.Read(folder.FullPath)!;
        var entries = Enumerable.Range(0, written.Count).Select(written.EntryAt).ToList();
        Assert.Equal(["x.html", "y.html"], entries.Select(entry => entry.Files[0].File));
        Assert.Equal(["\"x2\"", "\"y2\""], entries.Select(entry => entry.ETag));
    }

    private static ExportItem Page(string url) => new(url, ExportKind.Page);

    /// <summary>Inputs told apart by a number.</summary>
    private static Hash128 Made(ulong number) => new(0, number);

    /// <summary>A page large enough to get compressed siblings.</summary>
    private static byte[] Html(string text) =>
        System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat($"<p>{text}: pick the option that fits.</p>\n", 100)));
}
