namespace FrameworkGuide.Web.Tests.Search;

public sealed class SearchSnippetTests(SiteFixture site)
{
    [Fact]
    public async Task Snippet_MarksTheMatchedWord()
    {
        var page = await site.Client().SearchAsync("mariadb");

        var snippet = page.Results()[0].QuerySelector("p.snippet")!;
        Assert.Equal(["MariaDB"], snippet.QuerySelectorAll("mark").Texts());
        Assert.Equal("Is MariaDB the same as MySQL? No, though it began as a fork and most MySQL applications run on it.", snippet.Text());
    }

    [Fact]
    public async Task Snippet_MarksEveryFormOfTheWord()
    {
        var page = await site.Client().SearchAsync("databases");

        var marks = page.Results().SelectMany(result => result.QuerySelectorAll("p.snippet mark")).Texts();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.StartsWith("database", mark, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Snippet_MarksTheWholeWord_ForAPrefix()
    {
        var page = await site.Client().SearchAsync("djan");

        Assert.Contains("Django", page.Results()[0].QuerySelectorAll("p.snippet mark").Texts());
    }

    [Fact]
    public async Task Snippet_ShowsHostileContentAsText_WithNoMarkupButTheMarks()
    {
        var page = await site.Client().SearchAsync("alert");

        var result = Assert.Single(page.Results(), item => item.QuerySelector("h2 a")!.GetAttribute("href")!.StartsWith("/guides/hostile-markup", StringComparison.Ordinal));
        var title = result.QuerySelector("h2 a")!;
        Assert.Equal("<script>alert(1)</script>", title.TextContent);
        Assert.Empty(title.Children);
        Assert.Equal(["Flask", "<svg onload=alert(1)>"], result.QuerySelectorAll(".options .chip").Texts());
        var snippet = result.QuerySelector("p.snippet")!;
        Assert.Contains("alert", snippet.TextContent, StringComparison.Ordinal);
        Assert.All(snippet.Children, child => Assert.Equal("mark", child.LocalName));
        Assert.All(snippet.Children, mark => Assert.Empty(mark.Children));
        Assert.Contains("alert", snippet.QuerySelectorAll("mark").Texts());

        var region = page.QuerySelector("#search-results")!;
        Assert.Empty(region.QuerySelectorAll("script, img, svg, iframe, object, embed, form"));
        Assert.DoesNotContain(
            region.QuerySelectorAll("*").SelectMany(element => element.Attributes),
            attribute => attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("script")]
    [InlineData("onerror")]
    [InlineData("question")]
    [InlineData("svg")]
    public async Task Results_CarryNoMarkupFromContent(string query)
    {
        var page = await site.Client().SearchAsync(query);

        Assert.NotEmpty(page.Results());
        var region = page.QuerySelector("#search-results")!;
        Assert.Empty(region.QuerySelectorAll("script, img, svg, iframe, object, embed, b, form"));
        Assert.All(region.QuerySelectorAll("p.snippet *"), element => Assert.Equal("mark", element.LocalName));
    }
}
