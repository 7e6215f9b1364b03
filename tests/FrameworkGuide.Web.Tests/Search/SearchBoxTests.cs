using System.Text.RegularExpressions;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>Every page has the search box in its header, and the script that makes it answer as you type.</summary>
public sealed partial class SearchBoxTests(SiteFixture site)
{
    public static TheoryData<string> Pages() => new("/", "/guides/flask-vs-django", "/tags", "/search", "/search?q=flask", "/guides/no-such-guide");

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryPage_HasALabelledSearchBoxInItsHeader(string path)
    {
        var page = await site.Client().GetPageAsync(path, path.Contains("no-such", StringComparison.Ordinal) ? 404 : 200);

        var form = Assert.Single(page.QuerySelectorAll("header form.site-search"));
        Assert.Equal("search", form.GetAttribute("role"));
        Assert.Equal("/search", form.GetAttribute("action"));
        Assert.Equal("get", form.GetAttribute("method"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("search", input.GetAttribute("type"));
        var label = form.QuerySelector($"label[for='{input.Id}']")!;
        Assert.Contains("visually-hidden", label.ClassList);
        Assert.False(string.IsNullOrWhiteSpace(label.Text()));
        Assert.Equal("submit", form.QuerySelector("button")!.GetAttribute("type"));
    }

    [Fact]
    public async Task EveryPage_LoadsTheSearchScript_Deferred()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        // Versioned for caching: /js/search.js?v=… or, with fingerprinted static assets, /js/search.{hash}.js.
        var script = page.QuerySelectorAll("script[src]").Single(element => VersionedScript().IsMatch(element.GetAttribute("src")!));
        Assert.True(script.HasAttribute("defer"));
        using var response = await site.Client().GetAsync(script.GetAttribute("src"), TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        var code = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("partial=1", code, StringComparison.Ordinal);
        Assert.Contains("history.replaceState", code, StringComparison.Ordinal);
        Assert.Contains("AbortController", code, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_HasNoInlineScript()
    {
        var page = await site.Client().SearchAsync("flask");

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
    }

    [GeneratedRegex(@"^/js/search(\.[a-z0-9]+\.js|\.js\?v=[\w-]+)$")]
    private static partial Regex VersionedScript();
}
