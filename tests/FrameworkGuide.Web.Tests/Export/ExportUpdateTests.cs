using System.Globalization;
using System.Text.RegularExpressions;
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
        var (asked, kept) = Counts(output);
        Assert.True(kept > 2 * asked, $"{asked} URLs asked for, {kept} kept: only the lists, tag pages, feed and sitemap should be asked for");
        // The record too: a sync of the folder sends nothing at all.
        Assert.Equal(before, WriteTimes(Site));
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
    public async Task Update_AfterAnUpdate_KeepsWhatTheFirstUpdateWroteAndKept_AndWritesNothing()
    {
        await ExportAsync(Site);
        var unchanged = Counts(await ExportAsync(Site));
        Edit(EditedGuide, OldSentence, NewSentence);
        await ExportAsync(Site);
        var before = WriteTimes(Site);

        // The record after the first update merges the lines it kept, as they were, with what it wrote.
        var output = await ExportAsync(Site);

        Assert.Contains($"{before.Count - 1} files (0 written, {before.Count - 1} unchanged, 0 deleted)", output, StringComparison.Ordinal);
        Assert.Equal(unchanged, Counts(output));
        Assert.Equal(before, WriteTimes(Site));
    }

    [Fact]
    public async Task Update_AfterARelatedGuideIsRetitled_WritesThePagesThatListIt_AndEndsAsAFreshExport()
    {
        var unchanged = await ExportTwiceAsync();
        var before = WriteTimes(Site);
        Edit("jinja-vs-mako.md", "title: \"Jinja vs Mako\"", "title: \"Jinja vs Mako for templates\"");

        var output = await ExportAsync(Site);
        await ExportAsync(Path.Combine(work.FullPath, "fresh"));

        AssertSameFiles(Path.Combine(work.FullPath, "fresh"), Site);
        Assert.Contains("Jinja vs Mako for templates", File.ReadAllText(Path.Combine(Site, "guides", "fastapi-vs-flask.html")), StringComparison.Ordinal);
        Assert.NotEqual(before["guides/fastapi-vs-flask.html"], WriteTimes(Site)["guides/fastapi-vs-flask.html"]);
        Assert.True(Counts(output).Asked > unchanged.Asked, output);
    }

    [Fact]
    public async Task Update_AfterAGuideIsAdded_ListsItAmongTheRelatedGuidesOfOthers_AndEndsAsAFreshExport()
    {
        await ExportAsync(Site);
        var added = File.ReadAllText(Path.Combine(Content, "fastapi-vs-flask.md"))
            .Replace("title: \"FastAPI vs Flask\"", "title: \"FastAPI vs Starlette\"\nslug: fastapi-vs-starlette", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(Content, "fastapi-vs-starlette.md"), added);

        await ExportAsync(Site);
        await ExportAsync(Path.Combine(work.FullPath, "fresh"));

        AssertSameFiles(Path.Combine(work.FullPath, "fresh"), Site);
        Assert.Contains("FastAPI vs Starlette", File.ReadAllText(Path.Combine(Site, "guides", "fastapi-vs-flask.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Update_WithAnotherSetting_WritesEveryPageAgain_AndEndsAsAFreshExportWithIt()
    {
        await ExportAsync(Site);
        const string SiteName = "--Guide:SiteName=Stack Choices";

        var output = await ExportAsync(Site, SiteName);
        await ExportAsync(Path.Combine(work.FullPath, "fresh"), SiteName);

        AssertSameFiles(Path.Combine(work.FullPath, "fresh"), Site);
        Assert.Contains("Stack Choices", File.ReadAllText(Path.Combine(Site, "guides", "flask-vs-django", "faq.html")), StringComparison.Ordinal);
        Assert.Equal(0, Counts(output).Kept);
    }

    [Fact]
    public async Task Update_OfAFolderRecordedByTheFirstRecordFormat_AsksForEveryUrl_AndWritesNothing()
    {
        await ExportAsync(Site);
        var record = Path.Combine(Site, ExportManifest.FileName);
        var lines = File.ReadAllLines(record);
        Assert.Equal("frameworkguide-export 2", lines[0]);

        // The first format had no inputs field: the third field of each line.
        File.WriteAllLines(record, [
            "frameworkguide-export 1",
            .. lines.Skip(1).Select(line => line.Split('\t')).Select(fields => string.Join('\t', fields.Take(2).Concat(fields.Skip(3)))),
        ]);

        var output = await ExportAsync(Site);

        Assert.Contains("(0 written,", output, StringComparison.Ordinal);
        Assert.Equal(0, Counts(output).Kept);
        Assert.True(Counts(await ExportAsync(Site)).Kept > 0);
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

    [Theory]
    [InlineData("0f\t\t\t../outside.html\t1\t1")]
    [InlineData("not-a-hash\t\t\tguides/x.html\t1\t1")]
    [InlineData("0f\t\tnot-a-hash\tguides/x.html\t1\t1")]
    [InlineData("0f\t\t\tguides/x.html\t1")]
    [InlineData("0f\t\t\tguides/x.html\t1\tnoon")]
    [InlineData("0f\t\t\tguides/x.html\0.br\t1\t1")]
    [InlineData("0f\t\t\tguides\\..\\x.html\t1\t1")]
    public async Task Update_IsRefused_WhenTheRecordOfTheEarlierExportNamesAFileOutsideTheFolderOrIsDamaged(string line)
    {
        await ExportAsync(Site);
        var record = Path.Combine(Site, ExportManifest.FileName);
        await File.AppendAllTextAsync(record, line + "\n", TestContext.Current.CancellationToken);

        var (exitCode, output) = await ExportRun.RunAsync(Site, "--Guide:ContentPath=" + Content);

        Assert.Equal(1, exitCode);
        Assert.Contains("holds no earlier export to update", output, StringComparison.Ordinal);
    }

    public void Dispose() => work.Dispose();

    private async Task<string> ExportAsync(string folder, params string[] settings)
    {
        var (exitCode, output) = await ExportRun.RunAsync([folder, "--Guide:ContentPath=" + Content, .. settings]);
        Assert.True(exitCode == 0, output);
        return output;
    }

    /// <summary>Exports into <see cref="Site"/>, then updates it with nothing changed: the second run's counts.</summary>
    private async Task<(int Asked, int Kept)> ExportTwiceAsync()
    {
        await ExportAsync(Site);
        return Counts(await ExportAsync(Site));
    }

    /// <summary>The URLs the export asked the site for and those it kept as made from the same inputs, from its last line.</summary>
    private static (int Asked, int Kept) Counts(string output)
    {
        var match = Regex.Match(output, @"(\d+) asked for, (\d+) kept as made from the same inputs");
        Assert.True(match.Success, output);
        return (int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture));
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
