using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;

namespace FrameworkGuide.Web.Tests;

public sealed class NotFoundTests(SiteFixture site)
{
    [Theory]
    [InlineData("/guides/no-such-guide")]
    [InlineData("/guides/no-such-guide/faq")]
    [InlineData("/guides/flask-vs-django/no-such-part")]
    [InlineData("/no/such/page")]
    [InlineData("/guides/flask_vs_django")]
    public async Task UnknownAddress_ShowsNotFoundPageWithLinkHomeAndGuideList(string path)
    {
        var page = await site.Client().GetPageAsync(path, 404);

        AssertIsNotFoundPage(page);
    }

    [Theory]
    [InlineData("/guides/..%2f..%2fappsettings.json")]
    [InlineData("/guides/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/../appsettings.json")]
    [InlineData("/css/..%2f..%2fappsettings.json")]
    [InlineData("/css/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/appsettings.json")]
    [InlineData("/appsettings.Development.json")]
    [InlineData("/Program.cs")]
    [InlineData("/FrameworkGuide.Web.csproj")]
    [InlineData("/tags/..%2f..%2fappsettings.json")]
    public async Task PathTraversal_IsNotFound_AndNeverServesAFile(string path)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await Html.ParseAsync(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        AssertIsNotFoundPage(page);
    }

    /// <summary>The same paths as a client that sends dot segments as they are (<c>curl --path-as-is</c>).</summary>
    [Theory]
    [InlineData("/../appsettings.json")]
    [InlineData("/css/../../appsettings.json")]
    [InlineData("/css/../../Program.cs")]
    [InlineData("/guides/../../appsettings.json")]
    [InlineData("/guides/../../../../../../etc/passwd")]
    public async Task PathTraversal_IsNotFound_WhenDotSegmentsReachTheApp(string path)
    {
        var context = await site.Server.SendAsync(
            request =>
            {
                request.Request.Method = HttpMethods.Get;
                request.Request.Path = new PathString(path);
            },
            TestContext.Current.CancellationToken);

        Assert.Equal(404, context.Response.StatusCode);
        using var reader = new StreamReader(context.Response.Body);
        var page = await Html.ParseAsync(await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        AssertIsNotFoundPage(page);
    }

    private static void AssertIsNotFoundPage(AngleSharp.Dom.IDocument page)
    {
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        Assert.Equal(
            TestSite.ServedSlugs.Select(TestSite.PathOf),
            page.QuerySelectorAll("main ul li a").Attributes("href"));
    }
}

/// <summary>On a large site the 404 page offers the newest guides and the list of all of them, not every guide.</summary>
public sealed class NotFoundOnALargeSiteTests
{
    [Fact]
    public async Task NotFoundPage_ListsTheTenMostRecentlyUpdatedGuides_AndLinksToAllOfThem()
    {
        var guides = Enumerable.Range(1, 12)
            .Select(day => ($"guide-{day:00}.md", Editing.ReloadSite.Guide($"Guide {day:00}").Replace("updated: 2026-06-02", $"updated: 2026-06-{day:00}", StringComparison.Ordinal)))
            .ToArray();
        await using var site = new Site(guides);

        var page = await site.Client().GetPageAsync("/guides/no-such-guide", 404);

        Assert.Equal(
            Enumerable.Range(3, 10).Reverse().Select(day => $"/guides/guide-{day:00}"),
            page.QuerySelectorAll("main ul li a").Attributes("href"));
        Assert.Equal("Recently updated guides", page.QuerySelector("main h2")!.Text());
        Assert.Contains("(12)", page.QuerySelector("main a[href='/']")!.ParentElement!.Text(), StringComparison.Ordinal);
    }

    private sealed class Site((string Name, string Text)[] files) : TempContentSite("not-found-large", files);
}
