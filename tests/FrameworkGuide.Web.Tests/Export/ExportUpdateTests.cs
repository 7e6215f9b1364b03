using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>
/// An export into a folder that holds an earlier export updates it in place: the folder ends as a
/// fresh export would leave it, but only what changed is written, so the files that did not keep
/// their write times (a sync to a CDN sends only the others), and cards that did not change are
/// not drawn again.
/// </summary>
public sealed class ExportUpdateTests : IDisposable
{
    private const string EditedGuide = "fastapi-vs-flask.md";
    private const string OldSentence = "FastAPI fits projects where the API itself is the product";
    private const string NewSentence = "FastAPI fits services whose API is what the team ships";

    private readonly TempFolder work = TempFolder.Create("export-update");

    private string Content => Path.Combine(work.FullPath, "content");

    private string Site => Path.Combine(work.FullPath, "site");

    public ExportUpdateTests()
    {
        Directory.CreateDirectory(Content);
        foreach (var file in Directory.EnumerateFiles(SiteFixture.ContentPath))
        {
            File.Copy(file, Path.Combine(Content, Path.GetFileName(file)));
        }
    }

    [Fact]
    public async Task Update_OfAnUnchangedSite_WritesNothing_AndEveryFileKeepsItsTime()
    {
        await ExportAsync(Site);
        var before = WriteTimes(Site);

        var output = await ExportAsync(Site);

        Assert.Contains($"{before.Count - 1} files (0 written, {before.Count - 1} unchanged, 0 deleted)", output, StringComparison.Ordinal);
        Assert.Equal(before.Where(file => file.Key != ExportManifest.FileName), WriteTimes(Site).Where(file => file.Key != ExportManifest.FileName));
    }

    [Fact]
    public async Task Update_AfterAnEdit_WritesOnlyWhatChanged_AndEndsAsAFreshExport()
    {
        await ExportAsync(Site);
        var before = WriteTimes(Site);
        Edit(EditedGuide, OldSentence, NewSentence);

        await ExportAsync(Site);
        await ExportAsync(Path.Combine(work.FullPath, "fresh"));

        AssertSameFiles(Path.Combine(work.FullPath, "fresh"), Site);
        var rewritten = WriteTimes(Site).Where(file => before.GetValueOrDefault(file.Key) != file.Value).Select(file => file.Key).ToList();
        Assert.Contains("guides/fastapi-vs-flask.html", rewritten);
        Assert.Contains("guides/fastapi-vs-flask/s/when-fastapi-fits/card.png", rewritten);
        Assert.DoesNotContain("guides/fastapi-vs-flask/card.png", rewritten);
        Assert.DoesNotContain("guides/flask-vs-django.html", rewritten);
        Assert.DoesNotContain("guides/flask-vs-django/card.png", rewritten);
        Assert.True(rewritten.Count < before.Count / 5, $"{rewritten.Count} of {before.Count} files written again: {string.Join(", ", rewritten)}");
    }

    [Fact]
    public async Task Update_AfterAGuideIsDeleted_DeletesItsFilesAndFolders_AndEndsAsAFreshExport()
    {
        await ExportAsync(Site);
        File.Delete(Path.Combine(Content, "jinja-vs-mako.md"));

        var output = await ExportAsync(Site);
        await ExportAsync(Path.Combine(work.FullPath, "fresh"));

        AssertSameFiles(Path.Combine(work.FullPath, "fresh"), Site);
        Assert.False(Directory.Exists(Path.Combine(Site, "guides", "jinja-vs-mako")));
        Assert.DoesNotContain(" 0 deleted", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WritesAgainAFileChangedOrDeletedByHand_AndLeavesFilesItDidNotWrite()
    {
        await ExportAsync(Site);
        var page = Path.Combine(Site, "guides", "flask-vs-django.html");
        var card = Path.Combine(Site, "guides", "flask-vs-django", "card.png");
        var exportedPage = await File.ReadAllBytesAsync(page, TestContext.Current.CancellationToken);
        var exportedCard = await File.ReadAllBytesAsync(card, TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(page, "<p>changed by hand</p>", TestContext.Current.CancellationToken);
        File.Delete(card);
        await File.WriteAllTextAsync(Path.Combine(Site, "CNAME"), "guides.example.org", TestContext.Current.CancellationToken);

        await ExportAsync(Site);

        Assert.Equal(exportedPage, await File.ReadAllBytesAsync(page, TestContext.Current.CancellationToken));
        Assert.Equal(exportedCard, await File.ReadAllBytesAsync(card, TestContext.Current.CancellationToken));
        Assert.Equal("guides.example.org", await File.ReadAllTextAsync(Path.Combine(Site, "CNAME"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Update_IsRefused_WhenTheRecordOfTheEarlierExportNamesAFileOutsideTheFolder()
    {
        await ExportAsync(Site);
        var record = Path.Combine(Site, ExportManifest.FileName);
        await File.AppendAllTextAsync(record, "0f\t\t../outside.html\t1\t1\n", TestContext.Current.CancellationToken);

        var (exitCode, output) = await ExportRun.RunAsync(Site, "--Guide:ContentPath=" + Content);

        Assert.Equal(1, exitCode);
        Assert.Contains("holds no earlier export to update", output, StringComparison.Ordinal);
    }

    public void Dispose() => work.Dispose();

    private async Task<string> ExportAsync(string folder)
    {
        var (exitCode, output) = await ExportRun.RunAsync(folder, "--Guide:ContentPath=" + Content);
        Assert.True(exitCode == 0, output);
        return output;
    }

    private void Edit(string file, string oldText, string newText)
    {
        var path = Path.Combine(Content, file);
        var text = File.ReadAllText(path);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>Every file of an export, relative with '/', and when it was last written.</summary>
    private static Dictionary<string, DateTime> WriteTimes(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'), File.GetLastWriteTimeUtc, StringComparer.Ordinal);

    /// <summary>The same files with the same bytes, and no folder in one that is not in the other; the records of the exports aside.</summary>
    private static void AssertSameFiles(string expected, string actual)
    {
        var files = WriteTimes(expected).Keys.Where(file => file != ExportManifest.FileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(files, WriteTimes(actual).Keys.Where(file => file != ExportManifest.FileName).Order(StringComparer.Ordinal));
        Assert.All(files, file => Assert.True(
            File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))), $"{file} differs"));
        Assert.Equal(Folders(expected), Folders(actual));
    }

    private static List<string> Folders(string root) =>
        Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories).Select(path => Path.GetRelativePath(root, path)).Order(StringComparer.Ordinal).ToList();
}
