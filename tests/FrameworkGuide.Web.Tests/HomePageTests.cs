namespace FrameworkGuide.Web.Tests;

public sealed class HomePageTests(SiteFixture site)
{
    [Fact]
    public async Task Home_ListsEveryServedGuide_MostRecentlyUpdatedFirst()
    {
        var page = await site.Client().GetPageAsync("/");

        var titleLinks = page.QuerySelectorAll(".guide-list .guide-card h2 a").Attributes("href");
        Assert.Equal(TestSite.ServedSlugs.Select(TestSite.PathOf), titleLinks);
        var dates = page.QuerySelectorAll(".guide-card time").Attributes("datetime");
        Assert.Equal(["2026-09-20", "2026-07-14", "2026-06-02", "2026-03-01"], dates);
    }

    [Fact]
    public async Task Home_ShowsTitleSummaryOptionsDateAndTags_ForEachGuide()
    {
        var page = await site.Client().GetPageAsync("/");

        var card = page.QuerySelectorAll(".guide-card")
            .Single(item => item.QuerySelector("h2 a")!.GetAttribute("href") == "/guides/flask-vs-django");
        Assert.Equal("Flask vs Django", card.QuerySelector("h2 a")!.Text());
        Assert.StartsWith("Flask is the lighter, more flexible choice", card.QuerySelector(".summary")!.Text(), StringComparison.Ordinal);
        Assert.Equal(["Flask", "Django"], card.QuerySelectorAll(".options .chip").Texts());
        var updated = card.QuerySelector("time")!;
        Assert.Equal("2026-06-02", updated.GetAttribute("datetime"));
        Assert.Equal("2 June 2026", updated.Text());
        Assert.Equal(
            ["/tags/python", "/tags/web-frameworks", "/tags/backend"],
            card.QuerySelectorAll("a.tag").Attributes("href"));
        Assert.Equal(["#python", "#web-frameworks", "#backend"], card.QuerySelectorAll("a.tag").Texts());
    }

    [Fact]
    public async Task Home_ShowsAllThreeOptions_ForAThreeWayGuide()
    {
        var page = await site.Client().GetPageAsync("/");

        var card = page.QuerySelector(".guide-card")!;
        Assert.Equal("PostgreSQL vs MySQL vs SQLite", card.QuerySelector("h2 a")!.Text());
        Assert.Equal(["PostgreSQL", "MySQL", "SQLite"], card.QuerySelectorAll(".options .chip").Texts());
    }

    [Fact]
    public async Task Home_ShowsNoDate_WhenAGuideHasNone()
    {
        var page = await site.Client().GetPageAsync("/");

        var cards = page.QuerySelectorAll(".guide-card");
        var card = cards[^1];
        Assert.Equal("Jinja vs Mako", card.QuerySelector("h2 a")!.Text());
        Assert.Null(card.QuerySelector("time"));
    }

    [Fact]
    public async Task Home_LeavesOutBrokenAndDraftGuides()
    {
        var page = await site.Client().GetPageAsync("/");

        var hrefs = page.QuerySelectorAll("a[href]").Attributes("href");
        Assert.DoesNotContain(TestSite.PathOf(TestSite.BrokenSlug), hrefs);
        Assert.DoesNotContain(TestSite.PathOf(TestSite.DraftSlug), hrefs);
        Assert.DoesNotContain("Rails vs Django", page.QuerySelectorAll(".guide-card h2").Texts());
        Assert.DoesNotContain("Starlette vs Litestar", page.QuerySelectorAll(".guide-card h2").Texts());
    }

    [Fact]
    public async Task Home_HasPageTitleAndDescription()
    {
        var page = await site.Client().GetPageAsync("/");

        Assert.Equal("Decision guides · FrameworkGuide", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        Assert.Single(page.QuerySelectorAll("h1"));
    }
}
