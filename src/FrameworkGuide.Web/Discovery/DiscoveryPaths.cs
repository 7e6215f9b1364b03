using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Discovery;

/// <summary>The addresses this feature answers on. They are public and permanent: never change one.</summary>
public static class DiscoveryPaths
{
    public const string Sitemap = "/sitemap.xml";

    /// <summary>One part of a sitemap too long for one file, listed by the index at <see cref="Sitemap"/>.</summary>
    public const string SitemapPartRoute = "/sitemap-{part:int:min(1)}.xml";

    public static string SitemapPart(int part) => "/sitemap-" + part.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".xml";

    public const string Robots = "/robots.txt";

    public const string Feed = "/feed.xml";

    public const string GuideIndex = "/guides.json";

    /// <summary>
    /// A guide as data. The slug constraint is the one of the guide pages; the <c>.json</c> suffix
    /// keeps it apart from <c>/guides/{slug}</c>, whose constraint admits no dot. Brackets are
    /// written single here: <c>[[ ]]</c> is an escape of MVC attribute routes only (for their
    /// <c>[controller]</c> tokens); in an endpoint route it would reach the regex as written.
    /// </summary>
    public const string GuideRoute = "/guides/{slug:regex(^[a-z0-9-]+$)}.json";

    public static string GuideJson(string slug) => "/guides/" + slug + ".json";

    /// <summary>A tag's page. Tag slugs may keep non-ASCII letters, so the slug is escaped.</summary>
    public static string Tag(Tag tag) => "/tags/" + Uri.EscapeDataString(tag.Slug);

    public static string Card(string slug) => "/guides/" + slug + "/card.png";
}
