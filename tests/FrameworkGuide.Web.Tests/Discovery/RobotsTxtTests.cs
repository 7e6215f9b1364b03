namespace FrameworkGuide.Web.Tests.Discovery;

public sealed class RobotsTxtTests(SiteFixture site)
{
    [Fact]
    public async Task Robots_AllowsEverythingButTheEditorPages_AndNamesTheSitemap()
    {
        var robots = await site.Client().GetTextAsync("/robots.txt", "text/plain");

        var lines = robots.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["User-agent: *", "Disallow: /_editor", "Sitemap: http://localhost/sitemap.xml"], lines);
    }

    [Fact]
    public async Task Robots_SitemapLine_PointsAtTheSitemap()
    {
        var client = site.Client();
        var robots = await client.GetTextAsync("/robots.txt", "text/plain");

        var sitemap = robots.Split('\n').Single(line => line.StartsWith("Sitemap: ", StringComparison.Ordinal))["Sitemap: ".Length..];
        await client.AssertAnswersAsync(sitemap);
    }
}
