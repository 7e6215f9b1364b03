using System.IO.Compression;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// The <c>.br</c> and <c>.gz</c> siblings of text files, for nginx's <c>brotli_static</c> and
/// <c>gzip_static</c>. They are made once per export, so they use stronger settings than the live
/// site's page cache, which compresses while a reader waits.
/// </summary>
public static class ExportCompression
{
    /// <summary>Files smaller than this are served as they are: compression would save nothing worth a file.</summary>
    public const int MinimumBytes = 860;

    private static readonly HashSet<string> TextExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ".html", ".xml", ".json", ".txt", ".css", ".js", ".mjs", ".svg", ".map", ".webmanifest",
    };

    public static bool IsText(string path) => TextExtensions.Contains(Path.GetExtension(path));

    /// <summary>The Brotli form, or <c>null</c> when the body is small or does not shrink.</summary>
    public static byte[]? Brotli(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length < MinimumBytes)
        {
            return null;
        }

        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, quality: 11, window: 22) && written < body.Length
            ? output[..written]
            : null;
    }

    /// <summary>The gzip form, or <c>null</c> when the body is small or does not shrink.</summary>
    public static byte[]? Gzip(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (body.Length < MinimumBytes)
        {
            return null;
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.Length < body.Length ? output.ToArray() : null;
    }
}
