using FrameworkGuide.Web.Caching;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// The <c>.br</c> and <c>.gz</c> siblings of text files, for nginx's <c>brotli_static</c> and
/// <c>gzip_static</c>: the same forms, made with the same settings, as the live site's page cache
/// sends (<see cref="PageCompression"/>). Brotli's strongest setting would shave a little more off
/// each page but costs orders of magnitude more CPU, multiplied by tens of thousands of files.
/// </summary>
public static class ExportCompression
{
    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".xml", ".json", ".txt", ".css", ".js", ".mjs", ".svg", ".map", ".webmanifest",
    };

    /// <summary>Files smaller than this get no siblings: compression would save nothing worth a file.</summary>
    public static int MinimumBytes => PageCompression.MinimumBytes;

    public static bool IsText(string path) => TextExtensions.Contains(Path.GetExtension(path));

    /// <summary>The Brotli form, or <c>null</c> when the body is small or does not shrink.</summary>
    public static byte[]? Brotli(byte[] body) => PageCompression.Brotli(body);

    /// <summary>The gzip form, or <c>null</c> when the body is small or does not shrink.</summary>
    public static byte[]? Gzip(byte[] body) => PageCompression.Gzip(body);
}
