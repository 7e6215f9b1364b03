namespace FrameworkGuide.Web.Tests.Search;

public sealed class SearchRankingTests(SiteFixture site)
{
    [Theory]
    [InlineData("Flask vs Django", "flask-vs-django")]
    [InlineData("FastAPI vs Flask", "fastapi-vs-flask")]
    [InlineData("Jinja vs Mako", "jinja-vs-mako")]
    [InlineData("PostgreSQL vs MySQL vs SQLite", "postgresql-vs-mysql-vs-sqlite")]
    public async Task Search_RanksTheGuideFirst_WhenTheQueryIsItsTitle(string title, string slug)
    {
        var page = await site.Client().SearchAsync(title);

        Assert.Equal(TestSite.PathOf(slug), page.ResultPaths()[0]);
    }

    [Fact]
    public async Task Search_FindsTheDatabaseGuideFirst_ForSqlite()
    {
        var page = await site.Client().SearchAsync("sqlite");

        var first = page.Results()[0];
        Assert.Equal("/guides/postgresql-vs-mysql-vs-sqlite", first.QuerySelector("h2 a")!.GetAttribute("href"));
        Assert.Equal("PostgreSQL vs MySQL vs SQLite", first.QuerySelector("h2 a")!.Text());
        Assert.Equal(["PostgreSQL", "MySQL", "SQLite"], first.QuerySelectorAll(".options .chip").Texts());
    }

    [Theory]
    [InlineData("database")]
    [InlineData("databases")]
    [InlineData("DATABASES")]
    [InlineData("Database")]
    public async Task Search_IgnoresCaseAndPlural(string query)
    {
        var singular = await site.Client().SearchAsync("database");
        var page = await site.Client().SearchAsync(query);

        Assert.Equal("/guides/postgresql-vs-mysql-vs-sqlite", page.ResultPaths()[0]);
        Assert.Equal(singular.ResultLinks(), page.ResultLinks());
    }

    [Theory]
    [InlineData("APIs")]
    [InlineData("API")]
    [InlineData("api")]
    public async Task Search_FindsTheApisTag_InAnyFormOfTheWord(string query)
    {
        var page = await site.Client().SearchAsync(query);

        // Only fastapi-vs-flask carries the tag "apis", and tags count more than body text.
        Assert.Equal("/guides/fastapi-vs-flask", page.ResultPaths()[0]);
        Assert.Contains("/guides/flask-vs-django", page.ResultPaths());
    }

    [Theory]
    [InlineData("djan", "/guides/flask-vs-django")]
    [InlineData("flask djan", "/guides/flask-vs-django")]
    [InlineData("Mak", "/guides/jinja-vs-mako")]
    [InlineData("postg", "/guides/postgresql-vs-mysql-vs-sqlite")]
    public async Task Search_MatchesTheLastWordAsAPrefix_WhileItIsTyped(string query, string first)
    {
        var page = await site.Client().SearchAsync(query);

        Assert.Equal(first, page.ResultPaths()[0]);
    }

    [Fact]
    public async Task Search_MatchesOnlyWholeWords_OnceTheLastWordIsFinished()
    {
        var typing = await site.Client().SearchAsync("djan");
        var finished = await site.Client().SearchAsync("djan ");

        Assert.NotEmpty(typing.Results());
        Assert.Empty(finished.Results());
    }

    [Fact]
    public async Task Search_ShowsGuidesWithSomeOfTheWords_WhenNoneHasThemAll()
    {
        var page = await site.Client().SearchAsync("mariadb xyzzy");

        Assert.Equal(["/guides/postgresql-vs-mysql-vs-sqlite"], page.ResultPaths());
        Assert.Contains("none has every word", page.Status(), StringComparison.Ordinal);
    }
}
