using System.Diagnostics;

namespace FrameworkGuide.Web.Tests.Search;

public sealed class SearchPageTests(SiteFixture site)
{
    [Theory]
    [InlineData("/search")]
    [InlineData("/search?q=")]
    [InlineData("/search?q=%20%20")]
    public async Task EmptyQuery_ExplainsSearchAndListsEveryGuideAndTag(string url)
    {
        var page = await site.Client().GetPageAsync(url);

        Assert.Equal("Search · FrameworkGuide", page.Title);
        Assert.Contains("search box", page.QuerySelector("#search-results")!.Text(), StringComparison.Ordinal);
        Assert.Empty(page.Results());
        Assert.Equal(TestSite.ServedSlugs.Select(TestSite.PathOf), page.QuerySelectorAll(".search-all a").Attributes("href"));
        Assert.Contains("/tags/databases", page.QuerySelectorAll("#search-results a.tag").Attributes("href"));
    }

    [Theory]
    [InlineData("xyzzy")]
    [InlineData("quantum blockchain xyzzy")]
    public async Task UnknownWords_SuggestOtherWordsAndListEveryGuide(string query)
    {
        var page = await site.Client().SearchAsync(query);

        Assert.Equal($"Search: {query} · FrameworkGuide", page.Title);
        Assert.Empty(page.Results());
        Assert.StartsWith($"No guide matches “{query}”. Try", page.Status(), StringComparison.Ordinal);
        Assert.Equal(TestSite.ServedSlugs.Select(TestSite.PathOf), page.QuerySelectorAll(".search-all a").Attributes("href"));
    }

    [Theory]
    [InlineData("title:(")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("?")]
    [InlineData("(((")]
    [InlineData("[a TO z]")]
    [InlineData("django~2")]
    [InlineData("-flask +django")]
    [InlineData("AND OR NOT")]
    [InlineData("\\")]
    [InlineData("/regex/")]
    [InlineData("!!! ... ---")]
    [InlineData("the")]
    [InlineData("the and of to")]
    [InlineData("\u0000\u0001")]
    [InlineData("\uE000\uE001")]
    public async Task QuerySyntaxAndPunctuation_IsAnsweredAsPlainWords(string query)
    {
        var page = await site.Client().SearchAsync(query);

        Assert.NotNull(page.QuerySelector("#search-results .search-status"));
        Assert.NotEmpty(page.QuerySelectorAll(".search-all a").Concat(page.Results()));
    }

    [Theory]
    [InlineData("*")]
    [InlineData("\"")]
    [InlineData("the")]
    [InlineData("... !!!")]
    public async Task QueryWithNoWordsToSearch_IsTreatedAsEmpty(string query)
    {
        var page = await site.Client().SearchAsync(query);

        Assert.Empty(page.Results());
        Assert.Contains("has no words to search for", page.Status(), StringComparison.Ordinal);
        Assert.Equal(TestSite.ServedSlugs.Count, page.QuerySelectorAll(".search-all a").Length);
    }

    [Fact]
    public async Task VeryLongQuery_IsAnsweredFromItsStartOnly()
    {
        var query = string.Concat(Enumerable.Repeat("django ", 800))[..5000];
        var clock = Stopwatch.StartNew();

        var page = await site.Client().SearchAsync(query);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"a 5,000-character query took {clock.Elapsed}");
        Assert.Equal("/guides/flask-vs-django", page.ResultPaths()[0]);
        Assert.True(page.Title!.Length < 250, page.Title);
        Assert.Equal(200, page.QuerySelector("input[name=q]")!.GetAttribute("value")!.Length);
    }

    [Fact]
    public async Task VeryLongQuery_OfManyDifferentWords_IsAnswered()
    {
        var query = string.Join(' ', Enumerable.Range(0, 900).Select(i => $"w{i}"));

        var page = await site.Client().SearchAsync(query);

        Assert.Empty(page.Results());
        Assert.StartsWith("No guide matches", page.Status(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchPage_HasItsTitleCanonicalPathAndTheQueryInTheBox()
    {
        var page = await site.Client().SearchAsync("sqlite");

        Assert.Equal("Search: sqlite · FrameworkGuide", page.Title);
        Assert.Equal("http://localhost/search", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector("meta[name=robots]"));
        Assert.Equal("sqlite", page.QuerySelector("form.site-search input[name=q]")!.GetAttribute("value"));
        Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("polite", page.QuerySelector("div#search-results")!.GetAttribute("aria-live"));
    }

    [Fact]
    public async Task Partial_AnswersOnlyTheResultsFragment()
    {
        using var response = await site.Client().GetAsync(SearchResults.UrlFor("sqlite", partial: true), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", body, StringComparison.OrdinalIgnoreCase);
        var fragment = await Html.ParseAsync(body);
        Assert.Null(fragment.QuerySelector("header, footer, title, form, #search-results"));
        Assert.Equal("/guides/postgresql-vs-mysql-vs-sqlite", fragment.QuerySelector("ol.search-results > li h2 a")!.GetAttribute("href"));
        var full = await site.Client().SearchAsync("sqlite");
        Assert.Equal(full.QuerySelector("#search-results")!.Text(), fragment.Body!.Text());
    }

    [Theory]
    [InlineData("")]
    [InlineData("xyzzy")]
    public async Task Partial_AnswersTheHelpfulTextToo(string query)
    {
        var fragment = await site.Client().GetPageAsync(SearchResults.UrlFor(query, partial: true));

        Assert.NotNull(fragment.QuerySelector(".search-status"));
        Assert.Equal(TestSite.ServedSlugs.Count, fragment.QuerySelectorAll(".search-all a").Length);
    }

    [Fact]
    public async Task HeadRequest_IsAnswered()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, SearchResults.UrlFor("flask"));
        using var response = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(200, (int)response.StatusCode);
    }
}
