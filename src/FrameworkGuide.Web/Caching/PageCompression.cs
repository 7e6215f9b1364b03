using System.IO.Compression;

namespace FrameworkGuide.Web.Caching;

/// <summary>Brotli and gzip forms of a body, made once when the page is cached.</summary>
public static class PageCompression
{
    /// <summary>Bodies smaller than this are sent as they are.</summary>
    public const int MinimumBytes = 860;

    public static byte[]? Brotli(byte[] body)
    {
        if (body.Length < MinimumBytes)
        {
            return null;
        }

        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        return BrotliEncoder.TryCompress(body, output, out var written, quality: 6, window: 22) && written < body.Length
            ? output[..written]
            : null;
    }

    public static byte[]? Gzip(byte[] body)
    {
        if (body.Length < MinimumBytes)
        {
            return null;
        }

        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(body);
        }

        return output.Length < body.Length ? output.ToArray() : null;
    }
}
