namespace FrameworkGuide.Content.Parsing;

/// <summary>The allow-list of link and image URLs: http, https, mailto and relative ones.</summary>
public static class SafeUrl
{
    /// <summary>What an unsafe URL is replaced with if one ever reaches the renderer.</summary>
    public const string Replacement = "#";

    /// <summary>
    /// True when a browser would treat <paramref name="url"/> as http, https, mailto or relative.
    /// Browsers drop control characters and whitespace inside a scheme (<c>java&#x09;script:</c>),
    /// so those are removed before the scheme is read; entities are already decoded by Markdig.
    /// </summary>
    public static bool IsAllowed(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        var cleaned = new string(url.Where(c => c > ' ' && c != '\u007f').ToArray());
        var colon = cleaned.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return true;
        }

        var delimiter = cleaned.IndexOfAny(['/', '?', '#']);
        if (delimiter >= 0 && delimiter < colon)
        {
            return true;
        }

        var scheme = cleaned[..colon];
        return scheme.Equals("http", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("https", StringComparison.OrdinalIgnoreCase)
            || scheme.Equals("mailto", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A <c>LinkRewriter</c> for Markdig's renderer: the last line of defence.</summary>
    public static string Rewrite(string url) => IsAllowed(url) ? url : Replacement;
}
