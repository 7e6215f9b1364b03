namespace FrameworkGuide.Web.Tests;

public sealed class TagPageTests(SiteFixture site)
{
    [Theory]
    [InlineData("python", new[] { "fastapi-vs-flask", "flask-vs-django", "jinja-vs-mako" })]
    [InlineData("backend", new[] { "postgresql-vs-mysql-vs-sqlite", "fastapi-vs-flask", "flask-vs-django" })]
    [InlineData("web-frameworks", new[] { "fastapi-vs-flask", "flask-vs-django" })]
    [InlineData("databases", new[] { "postgresql-vs-mysql-vs-sqlite" })]
    public async Task TagPage_ListsExactlyTheServedGuidesWithTheTag(string tag, string[] slugs)
    {
        var page = await site.Client().GetPageAsync("/tags/" + tag);

        Assert.Equal(slugs.Select(TestSite.PathOf), page.QuerySelectorAll(".guide-list .guide-card h2 a").Attributes("href"));
        Assert.Contains(tag, page.QuerySelector("h1")!.Text(), StringComparison.Ordinal);
        Assert.Equal($"Guides tagged {tag} · FrameworkGuide", page.Title);
    }

    [Fact]
    public async Task TagIndex_ListsEveryTagOfTheServedGuides()
    {
        var page = await site.Client().GetPageAsync("/tags");

        var links = page.QuerySelectorAll(".tag-index li a");
        Assert.Equal(
            ["/tags/bboldb", "/tags/apis", "/tags/backend", "/tags/databases", "/tags/python", "/tags/security", "/tags/sql", "/tags/templates", "/tags/web-frameworks"],
            links.Attributes("href"));
        Assert.Equal("#<b>bold</b>", links[0].Text());
        var python = page.QuerySelectorAll(".tag-index li").Single(item => item.QuerySelector("a")!.Text() == "#python");
        Assert.Equal("3 guides", python.QuerySelector(".count")!.Text());
        Assert.Null(page.QuerySelector(".tag-index b"));
    }

    [Fact]
    public async Task TagPage_IsNotFound_ForAnUnknownTag()
    {
        var page = await site.Client().GetPageAsync("/tags/no-such-tag", 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
