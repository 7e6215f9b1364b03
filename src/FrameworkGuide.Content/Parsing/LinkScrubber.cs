using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FrameworkGuide.Content.Parsing;

/// <summary>
/// Walks every link, image and autolink of a parsed document once: links with a scheme outside
/// the allow-list lose their URL (their text stays, an image keeps its alt text) with a warning,
/// and links to <c>/guides/…</c> are collected so they can be checked against the other guides.
/// </summary>
internal static class LinkScrubber
{
    private const string GuidesPrefix = "/guides/";

    public static IReadOnlyList<GuideLink> Scrub(MarkdownDocument document, DiagnosticBag diagnostics)
    {
        var guideLinks = new List<GuideLink>();
        foreach (var inline in document.Descendants<Inline>().ToList())
        {
            switch (inline)
            {
                case LinkInline link when !SafeUrl.IsAllowed(link.Url):
                    Warn(diagnostics, link, link.Url);
                    Unwrap(link);
                    break;
                case LinkInline link when ToGuideLink(link.Url, link.Line + 1) is { } guideLink:
                    guideLinks.Add(guideLink);
                    break;
                case AutolinkInline autolink when !autolink.IsEmail && !SafeUrl.IsAllowed(autolink.Url):
                    Warn(diagnostics, autolink, autolink.Url);
                    autolink.ReplaceBy(new LiteralInline(autolink.Url));
                    break;
            }
        }

        return guideLinks;
    }

    private static void Warn(DiagnosticBag diagnostics, Inline inline, string? url) =>
        diagnostics.Warning(inline.Line + 1, $"link to '{url}' was removed: only http, https, mailto and relative links are allowed");

    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            link.ReplaceBy(new LiteralInline(InlineText.Of(link)), copyChildren: false);
            return;
        }

        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }

        link.Remove();
    }

    /// <summary>Reads <c>/guides/slug</c>, <c>/guides/slug/faq</c> or <c>/guides/slug#part</c>.</summary>
    internal static GuideLink? ToGuideLink(string? url, int line)
    {
        if (url is null || !url.StartsWith(GuidesPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 || hash == url.Length - 1 ? null : url[(hash + 1)..];
        var query = path.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            path = path[..query];
        }

        var slug = path[GuidesPrefix.Length..].Split('/')[0];
        return slug.Length == 0 ? null : new GuideLink(url, slug, fragment, line);
    }
}
