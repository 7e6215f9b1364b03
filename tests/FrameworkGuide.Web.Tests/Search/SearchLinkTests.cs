namespace FrameworkGuide.Web.Tests.Search;

/// <summary>A result whose best match is a decision row or a question links straight to it.</summary>
public sealed class SearchLinkTests(SiteFixture site)
{
    [Theory]
    [InlineData("mariadb", "/guides/postgresql-vs-mysql-vs-sqlite#is-mariadb-the-same-as-mysql", "Is MariaDB the same as MySQL?")]
    [InlineData("production website", "/guides/postgresql-vs-mysql-vs-sqlite#can-sqlite-run-a-production-website", "Can SQLite run a production website?")]
    [InlineData("beginners", "/guides/flask-vs-django#which-framework-is-better-for-beginners", "Which framework is better for beginners?")]
    public async Task FaqMatch_LinksToTheQuestion(string query, string href, string question)
    {
        var page = await site.Client().SearchAsync(query);

        var result = page.Results()[0];
        Assert.Equal(href, result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("In “FAQ”", result.QuerySelector(".search-where")!.Text());
        var guide = await site.Client().GetPageAsync(href.Split('#')[0]);
        Assert.Equal(question, guide.GetElementById(href.Split('#')[1])!.Text());
    }

    [Theory]
    [InlineData("wordpress", "/guides/postgresql-vs-mysql-vs-sqlite#need-wordpress-site-on-shared-hosting")]
    [InlineData("microservice", "/guides/flask-vs-django#need-custom-microservice")]
    public async Task DecisionRowMatch_LinksToTheRow(string query, string href)
    {
        var page = await site.Client().SearchAsync(query);

        var result = page.Results()[0];
        Assert.Equal(href, result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("In “Decision table”", result.QuerySelector(".search-where")!.Text());
        var guide = await site.Client().GetPageAsync(href.Split('#')[0]);
        Assert.Equal("tr", guide.GetElementById(href.Split('#')[1])!.LocalName);
    }

    [Fact]
    public async Task TitleMatch_LinksToTheGuide()
    {
        var page = await site.Client().SearchAsync("sqlite");

        var result = page.Results()[0];
        Assert.Equal("/guides/postgresql-vs-mysql-vs-sqlite", result.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Null(result.QuerySelector(".search-where"));
        Assert.Contains("SQLite", result.QuerySelectorAll("p.snippet mark").Texts());
    }
}
