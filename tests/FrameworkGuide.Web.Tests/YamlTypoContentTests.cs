namespace FrameworkGuide.Web.Tests;

/// <summary>
/// A content folder where one file has a typo editors make easily: a '[' list in front matter
/// that is never closed. That file is left out; the site starts and serves the other guide.
/// </summary>
public sealed class YamlTypoContentTests(YamlTypoContentTests.Site site) : IClassFixture<YamlTypoContentTests.Site>
{
    public const string UnclosedList = """
        ---
        title: "Flask vs Django"
        options: [Flask, Django
        summary: "The list above is never closed."
        ---

        ## Quick Answer

        Pick Flask for small things.
        """;

    public const string GoodGuide = """
        ---
        title: "Jinja vs Mako"
        options: [Jinja, Mako]
        ---

        Two template engines.

        ## Quick Answer

        Pick Jinja.
        """;

    public sealed class Site() : TempContentSite("yaml-typo", ("unclosed-list.md", UnclosedList), ("jinja-vs-mako.md", GoodGuide));

    [Fact]
    public async Task Site_ServesTheOtherGuides_WhenAFileHasAnUnclosedYamlList()
    {
        var page = await site.Client().GetPageAsync("/guides/jinja-vs-mako");

        Assert.Equal("Jinja vs Mako", page.QuerySelector("h1")!.Text());
        await site.Client().GetPageAsync("/guides/unclosed-list", 404);
    }
}
