using System.Net;

namespace FrameworkGuide.Web.Tests.Editing;

public sealed class EditorFeatureTests(EditorSite site, SiteFixture defaultSite) : IClassFixture<EditorSite>
{
    [Fact]
    public async Task GuidePage_LinksToItsFileForEditing_WhenEditUrlIsConfigured()
    {
        var page = await site.Client().GetPageAsync("/guides/renamed");

        var link = page.QuerySelector(".edit-link a")!;
        Assert.Equal("https://example.org/repo/edit/main/content/docs/renamed.md", link.GetAttribute("href"));
        Assert.Equal("Edit this page", link.Text());
    }

    [Fact]
    public async Task GuidePage_HasNoEditLink_WhenEditUrlIsNotConfigured()
    {
        var page = await defaultSite.Client().GetPageAsync("/guides/flask-vs-django");

        Assert.Null(page.QuerySelector(".edit-link"));
    }

    [Fact]
    public async Task GuidePage_ShowsReviewedDate_AndTellsReadersWhenItIsOld()
    {
        var old = await site.Client().GetPageAsync("/guides/old");
        var fresh = await site.Client().GetPageAsync("/guides/fresh");

        Assert.Equal("2020-03-04", old.QuerySelector(".meta time[datetime='2020-03-04']")?.GetAttribute("datetime"));
        var notice = old.QuerySelector(".stale-notice")!.Text();
        Assert.Contains("last reviewed on 4 March 2020, more than 400 days ago", notice, StringComparison.Ordinal);
        Assert.Null(fresh.QuerySelector(".stale-notice"));
    }

    [Fact]
    public async Task GuidePage_CarriesItsAnchorMap_AndTheScriptThatFollowsIt()
    {
        var page = await site.Client().GetPageAsync("/guides/renamed");

        var anchors = page.QuerySelectorAll("script[src]").Single(element => element.GetAttribute("src")!.StartsWith("/js/anchors.", StringComparison.Ordinal));
        Assert.Equal("{\"when-to-choose\":\"quick-answer\"}", anchors.GetAttribute("data-anchors"));
        var script = anchors.GetAttribute("src")!;
        using var response = await site.Client().GetAsync(script, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task GuidePage_WithoutAnchorMap_LoadsNoAnchorScript()
    {
        var page = await site.Client().GetPageAsync("/guides/old");

        Assert.Null(page.QuerySelector("[data-anchors]"));
        Assert.DoesNotContain(page.QuerySelectorAll("script[src]"), element => element.GetAttribute("src")!.Contains("anchors", StringComparison.Ordinal));
    }

    [Fact]
    public async Task StatusPage_ListsEveryFileWithItsSlugAndStatus()
    {
        var page = await site.Client().GetPageAsync("/_editor");

        var rows = page.QuerySelectorAll(".status-table tbody tr");
        Assert.Equal(3, rows.Length);
        var renamed = rows.Single(row => row.QuerySelector("th")!.Text().EndsWith("docs/renamed.md", StringComparison.Ordinal));
        Assert.Equal("/guides/renamed", renamed.QuerySelector("a")!.GetAttribute("href"));
        Assert.Contains("ok", renamed.QuerySelector(".status")!.Text(), StringComparison.Ordinal);
        Assert.NotNull(renamed.QuerySelector("time[datetime]"));
    }
}
