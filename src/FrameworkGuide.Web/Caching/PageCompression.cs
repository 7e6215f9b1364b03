using System.IO.Compression;
using System.Numerics;

namespace FrameworkGuide.Web.Caching;

/// <summary>Brotli and gzip forms of a body, each made once per cached page, when a client first accepts it.</summary>
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

        // A window just large enough for the body compresses as well as the largest one and keeps
        // the encoder's native buffers small (the 4 MiB of window 22, made and freed per page,
        // fragment the native heap of a site that re-renders pages all day).
        var output = new byte[BrotliEncoder.GetMaxCompressedLength(body.Length)];
        var window = Math.Clamp(BitOperations.Log2((uint)body.Length - 1) + 1, 16, 22);
        return BrotliEncoder.TryCompress(body, output, out var written, quality: 6, window: window) && written < body.Length
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
