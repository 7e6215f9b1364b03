using System.Xml;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Discovery;

/// <summary>Writes the newest guides as an Atom 1.0 feed (RFC 4287), newest first.</summary>
public static class AtomFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public const string ContentType = "application/atom+xml; charset=utf-8";

    /// <param name="siteName">The feed's title, and its author for entries that name none.</param>
    /// <param name="root">The site's absolute root without a trailing slash.</param>
    /// <param name="maxEntries">How many of the newest guides it carries (<c>Guide:FeedEntries</c>).</param>
    public static byte[] Write(string siteName, string root, IEnumerable<Guide> guides, int maxEntries = int.MaxValue)
    {
        var entries = FeedEntries.Order(guides).Take(maxEntries).ToList();
        var updated = entries.Count > 0 ? entries.Max(FeedEntries.UpdatedOf) : FeedEntries.UndatedFallback;
        var feedUrl = root + DiscoveryPaths.Feed;
        return XmlText.Document(writer =>
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("feed", Namespace);
            Text(writer, "title", siteName);
            Link(writer, "self", feedUrl, "application/atom+xml");
            Link(writer, "alternate", root + "/", "text/html");
            // The feed's own address is its permanent id, distinct from the home page it stands for.
            Text(writer, "id", feedUrl);
            writer.WriteElementString("updated", Namespace, FeedEntries.Rfc3339(updated));
            // Atom wants an author for every entry; the site speaks for guides that name nobody.
            Author(writer, siteName);
            foreach (var guide in entries)
            {
                Entry(writer, root, guide);
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        });
    }

    private static void Entry(XmlWriter writer, string root, Guide guide)
    {
        var url = root + guide.CanonicalPath;
        writer.WriteStartElement("entry", Namespace);
        Text(writer, "title", guide.Title);
        Link(writer, "alternate", url, "text/html");
        Text(writer, "id", url);
        writer.WriteElementString("updated", Namespace, FeedEntries.Rfc3339(FeedEntries.UpdatedOf(guide)));
        if (!string.IsNullOrEmpty(guide.Summary))
        {
            Text(writer, "summary", guide.Summary);
        }

        if (!string.IsNullOrEmpty(guide.Author))
        {
            Author(writer, guide.Author);
        }

        foreach (var tag in guide.Tags)
        {
            writer.WriteStartElement("category", Namespace);
            writer.WriteAttributeString("term", XmlText.Clean(tag.Slug));
            writer.WriteAttributeString("label", XmlText.Clean(tag.Name));
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Text(XmlWriter writer, string name, string text) =>
        writer.WriteElementString(name, Namespace, XmlText.Clean(text));

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Namespace);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", XmlText.Clean(href));
        writer.WriteEndElement();
    }

    private static void Author(XmlWriter writer, string name)
    {
        writer.WriteStartElement("author", Namespace);
        Text(writer, "name", name);
        writer.WriteEndElement();
    }
}
