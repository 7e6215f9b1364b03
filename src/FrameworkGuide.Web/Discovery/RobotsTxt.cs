namespace FrameworkGuide.Web.Discovery;

/// <summary>The crawler rules: everything but the editors' pages, and where the sitemap is.</summary>
public static class RobotsTxt
{
    public const string ContentType = "text/plain; charset=utf-8";

    /// <param name="sitemapUrl">The sitemap's absolute URL, as the robots.txt standard asks.</param>
    public static string For(string sitemapUrl) =>
        // No "Allow: /" line: crawlers that take the first matching rule would let it win over the Disallow.
        $"""
        User-agent: *
        Disallow: /_editor

        Sitemap: {sitemapUrl}

        """;
}
