using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Discovery;

/// <summary>Writes the sitemaps.org 0.9 XML format.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string ContentType = "application/xml; charset=utf-8";

    /// <summary>The most URLs one sitemap may list (sitemaps.org).</summary>
    public const int MaxUrls = 50_000;

    /// <summary>An index of sitemaps: each part's URL and the newest date among its pages.</summary>
    /// <param name="root">The site's absolute root without a trailing slash, put before every path.</param>
    public static byte[] WriteIndex(IReadOnlyList<IReadOnlyList<SitemapUrl>> parts, string root) => XmlText.Document(writer =>
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("sitemapindex", Namespace);
        for (var part = 1; part <= parts.Count; part++)
        {
            writer.WriteStartElement("sitemap", Namespace);
            writer.WriteElementString("loc", Namespace, XmlText.Clean(root + DiscoveryPaths.SitemapPart(part)));
            if (parts[part - 1].Max(url => url.LastModified) is { } lastModified)
            {
                writer.WriteElementString("lastmod", Namespace, lastModified.Iso());
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    });

    /// <param name="root">The site's absolute root without a trailing slash, put before every path.</param>
    public static byte[] Write(IEnumerable<SitemapUrl> urls, string root) => XmlText.Document(writer =>
    {
        writer.WriteStartDocument();
        writer.WriteStartElement("urlset", Namespace);
        foreach (var url in urls)
        {
            writer.WriteStartElement("url", Namespace);
            writer.WriteElementString("loc", Namespace, XmlText.Clean(root + url.Path));
            if (url.LastModified is { } lastModified)
            {
                writer.WriteElementString("lastmod", Namespace, lastModified.Iso());
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndDocument();
    });
}
