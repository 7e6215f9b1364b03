using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Discovery;

/// <summary>Writes the sitemaps.org 0.9 XML format.</summary>
public static class SitemapWriter
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public const string ContentType = "application/xml; charset=utf-8";

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
