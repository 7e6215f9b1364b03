using System.Net;

namespace FrameworkGuide.Web.Tests;

public sealed class AliasTests(SiteFixture site)
{
    [Theory]
    [InlineData("/guides/old-name")]
    [InlineData("/old-name.html")]
    public async Task Alias_RedirectsPermanentlyToTheGuide(string alias)
    {
        using var response = await site.Client().GetAsync(alias, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(TestSite.PathOf(TestSite.AliasTarget), response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Alias_LeadsToAGuideThatIsServed()
    {
        using var response = await site.Client().GetAsync("/guides/old-name", TestContext.Current.CancellationToken);
        var page = await site.Client().GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal("FastAPI vs Flask", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task AliasOfABrokenGuide_IsNotFound()
    {
        var page = await site.Client().GetPageAsync("/guides/rails-or-django", 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
