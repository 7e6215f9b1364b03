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
