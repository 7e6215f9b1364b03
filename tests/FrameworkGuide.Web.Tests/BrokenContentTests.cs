namespace FrameworkGuide.Web.Tests;

/// <summary>broken-pick.md has an error and _draft.md is a draft: neither is served, everything else is.</summary>
public sealed class BrokenContentTests(SiteFixture site)
{
    [Theory]
    [InlineData("/guides/broken-pick")]
    [InlineData("/guides/broken-pick/decision-table")]
    [InlineData("/guides/broken-pick/faq")]
    [InlineData("/guides/starlette-vs-litestar")]
    [InlineData("/guides/_draft")]
    [InlineData("/guides/draft")]
    public async Task BrokenOrDraftGuide_IsNotFound(string path)
    {
        var page = await site.Client().GetPageAsync(path, 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task EveryOtherGuide_IsServed_WhileAFileHasErrors(string slug)
    {
        var page = await site.Client().GetPageAsync(TestSite.PathOf(slug));

        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.NotNull(page.QuerySelector("article.guide"));
    }

    [Theory]
    [InlineData("/tags/python")]
    [InlineData("/tags/web-frameworks")]
    [InlineData("/guides/no-such-guide")]
    public async Task BrokenOrDraftGuide_IsNotListed(string path)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));

        var hrefs = page.QuerySelectorAll("a[href]").Attributes("href");
        Assert.NotEmpty(hrefs);
        Assert.DoesNotContain(TestSite.PathOf(TestSite.BrokenSlug), hrefs);
        Assert.DoesNotContain(TestSite.PathOf(TestSite.DraftSlug), hrefs);
    }

    [Fact]
    public async Task TagIndex_CountsNoBrokenOrDraftGuide()
    {
        var page = await site.Client().GetPageAsync("/tags");

        var webFrameworks = page.QuerySelectorAll(".tag-index li").Single(item => item.QuerySelector("a")!.Text() == "#web-frameworks");
        Assert.Equal("2 guides", webFrameworks.QuerySelector(".count")!.Text());
    }
}
