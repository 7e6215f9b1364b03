using System.Net;
using AngleSharp.Html.Parser;

namespace FrameworkGuide.Web.Tests.Editing;

/// <summary>Edits a real folder under a running site and watches the pages follow.</summary>
public sealed class HotReloadTests : IClassFixture<ReloadSite>
{
    private static readonly HtmlParser Parser = new();
    private readonly ReloadSite site;

    public HotReloadTests(ReloadSite site)
    {
        this.site = site;
        // The site loads the folder when it starts: make sure it has started before files change.
        using var client = site.Client();
    }

    [Fact]
    public async Task Edit_ShowsTheNewVersion()
    {
        site.Save("edit-me.md", ReloadSite.Guide("Before the edit"));
        await site.WaitForAsync("/guides/edit-me", (_, body) => H1(body) == "Before the edit");

        site.Save("edit-me.md", ReloadSite.Guide("After the edit"));

        await site.WaitForAsync("/guides/edit-me", (_, body) => H1(body) == "After the edit");
    }

    [Fact]
    public async Task BrokenEdit_KeepsTheLastGoodVersionAndSaysWhy_ThenTheFixReplacesIt()
    {
        site.Save("break-me.md", ReloadSite.Guide("Good version"));
        await site.WaitForAsync("/guides/break-me", (_, body) => H1(body) == "Good version");

        site.Save("break-me.md", ReloadSite.Guide("Broken version", pick: "Rails"));
        var page = await site.WaitForAsync("/guides/break-me", (_, body) => body.Contains("editor-notice", StringComparison.Ordinal));
        var document = Parser.ParseDocument(await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("Good version", document.QuerySelector("h1")!.TextContent.Trim());
        var notice = document.QuerySelector(".editor-notice")!.TextContent;
        Assert.Contains("last good version", notice, StringComparison.Ordinal);
        Assert.Contains("break-me.md:", notice, StringComparison.Ordinal);
        Assert.Contains("'Rails' is not one of the options", notice, StringComparison.Ordinal);

        site.Save("break-me.md", ReloadSite.Guide("Fixed version"));
        await site.WaitForAsync("/guides/break-me", (_, body) => H1(body) == "Fixed version" && !body.Contains("editor-notice", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Delete_MakesTheGuideNotFound()
    {
        site.Save("delete-me.md", ReloadSite.Guide("Soon gone"));
        await site.WaitForAsync("/guides/delete-me", (response, _) => response.StatusCode == HttpStatusCode.OK);

        File.Delete(site.PathOf("delete-me.md"));

        await site.WaitForAsync("/guides/delete-me", (response, _) => response.StatusCode == HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task RenameWithAlias_MovesTheGuideAndRedirectsTheOldAddress()
    {
        site.Save("old-name.md", ReloadSite.Guide("Renamed guide"));
        await site.WaitForAsync("/guides/old-name", (response, _) => response.StatusCode == HttpStatusCode.OK);

        site.Save("new-name.md", ReloadSite.Guide("Renamed guide", extraFrontMatter: "aliases: [/guides/old-name]"));
        File.Delete(site.PathOf("old-name.md"));

        await site.WaitForAsync("/guides/new-name", (response, _) => response.StatusCode == HttpStatusCode.OK);
        var redirect = await site.WaitForAsync("/guides/old-name", (response, _) => response.StatusCode == HttpStatusCode.MovedPermanently);
        Assert.Equal("/guides/new-name", redirect.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task BurstOfFiftySaves_EndsOnTheLastSave()
    {
        for (var i = 1; i <= 50; i++)
        {
            site.Save("burst.md", ReloadSite.Guide($"Save number {i}"));
        }

        await site.WaitForAsync("/guides/burst", (_, body) => H1(body) == "Save number 50");
        using var client = site.Client();
        var index = Parser.ParseDocument(await client.GetStringAsync("/", TestContext.Current.CancellationToken));
        Assert.Single(index.QuerySelectorAll("a[href='/guides/burst']"));
    }

    [Fact]
    public async Task EditorsTemporaryFiles_AreIgnored()
    {
        site.Save("steady.md", ReloadSite.Guide("Steady"));
        await site.WaitForAsync("/guides/steady", (_, body) => H1(body) == "Steady");

        File.WriteAllText(site.PathOf(".steady.md.swp"), "not markdown");
        File.WriteAllText(site.PathOf("steady.md~"), "---\ntitle: Backup\n---");
        File.WriteAllText(site.PathOf("4913"), "");
        site.Save("marker.md", ReloadSite.Guide("Marker"));
        await site.WaitForAsync("/guides/marker", (response, _) => response.StatusCode == HttpStatusCode.OK);

        var status = Parser.ParseDocument(await (await site.WaitForAsync("/_editor", (_, body) => body.Contains("marker.md", StringComparison.Ordinal)))
            .Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var files = status.QuerySelectorAll(".status-table tbody th").Select(cell => Path.GetFileName(cell.TextContent.Trim())).ToList();
        Assert.Contains("steady.md", files);
        Assert.DoesNotContain(files, file => !file.EndsWith(".md", StringComparison.Ordinal) || file.StartsWith('.'));
    }

    private static string? H1(string body) => Parser.ParseDocument(body).QuerySelector("h1")?.TextContent.Trim();
}
