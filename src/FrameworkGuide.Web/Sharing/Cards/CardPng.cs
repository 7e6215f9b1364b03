using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// Writes a drawn card as an 8-bit RGB PNG: one <c>IDAT</c> chunk, every row unfiltered, deflated
/// by .NET's zlib-ng at level 3. A card is flat colour around anti-aliased text, which deflate
/// alone compresses well; the row filters and the older zlib in Skia's own encoder took about
/// four times as long for a larger file (<c>CardBenchmarks</c>, docs/performance.md).
/// </summary>
public static class CardPng
{
    /// <summary>zlib-ng's level 3: 1.7 ms for a card here against 3.2 ms at level 6, for 10 % more bytes.</summary>
    public const int DeflateLevel = 3;

    /// <summary>
    /// Each thread writes its cards into one buffer of its own, kept between cards: a growing
    /// buffer per card would pass 85 KB and land on the large object heap every time.
    /// </summary>
    [ThreadStatic]
    private static MemoryStream? scratch;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG of an opaque <see cref="SKColorType.Rgb888x"/> pixmap.</summary>
    /// <exception cref="ArgumentException">The pixmap is of another colour type.</exception>
    public static byte[] Encode(SKPixmap pixels)
    {
        ArgumentNullException.ThrowIfNull(pixels);
        if (pixels.ColorType != SKColorType.Rgb888x)
        {
            throw new ArgumentException($"a card is drawn as Rgb888x, not {pixels.ColorType}", nameof(pixels));
        }

        var output = scratch ??= new MemoryStream(capacity: 128 * 1024);
        output.SetLength(0);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, pixels.Width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], pixels.Height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression 0 (deflate), filter method 0, no interlace: the remaining three bytes stay 0
        var start = BeginChunk(output, "IHDR"u8);
        output.Write(header);
        EndChunk(output, start);

        start = BeginChunk(output, "IDAT"u8);
        Deflate(output, pixels.GetPixelSpan(), pixels.Width, pixels.Height, pixels.RowBytes);
        EndChunk(output, start);

        EndChunk(output, BeginChunk(output, "IEND"u8));
        return output.ToArray();
    }

    /// <summary>Writes the image data as zlib: per row a filter byte of 0 (none), then R, G, B of each pixel.</summary>
    private static void Deflate(Stream output, ReadOnlySpan<byte> rgbx, int width, int height, int rowBytes)
    {
        var rowLength = 1 + (width * 3);
        // Four bytes to spare: each vector step stores 16 bytes of which the next step overwrites the last 4.
        var row = new byte[rowLength + 4];
        using var zlib = new ZLibStream(output, new ZLibCompressionOptions { CompressionLevel = DeflateLevel }, leaveOpen: true);
        for (var y = 0; y < height; y++)
        {
            DropFourthBytes(rgbx.Slice(y * rowBytes, width * 4), row.AsSpan(1));
            zlib.Write(row, 0, rowLength);
        }
    }

    /// <summary>Copies R, G, B of each 4-byte pixel, four pixels per step; <paramref name="rgb"/> needs 4 bytes past its pixels.</summary>
    private static void DropFourthBytes(ReadOnlySpan<byte> rgbx, Span<byte> rgb)
    {
        var keep = Vector128.Create((byte)0, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13, 14, 15, 15, 15, 15);
        int from = 0, to = 0;
        for (; from + 16 <= rgbx.Length; from += 16, to += 12)
        {
            Vector128.Shuffle(Vector128.Create(rgbx.Slice(from, 16)), keep).CopyTo(rgb[to..]);
        }

        for (; from < rgbx.Length; from += 4, to += 3)
        {
            rgbx.Slice(from, 3).CopyTo(rgb[to..]);
        }
    }

    /// <summary>Writes a chunk's length (filled in by <see cref="EndChunk"/>) and type; returns where the type starts.</summary>
    private static int BeginChunk(MemoryStream output, ReadOnlySpan<byte> type)
    {
        output.Write([0, 0, 0, 0]);
        var start = (int)output.Position;
        output.Write(type);
        return start;
    }

    /// <summary>Fills in the length of the chunk whose type starts at <paramref name="start"/> and appends its CRC of type and data.</summary>
    private static void EndChunk(MemoryStream output, int start)
    {
        var typeAndData = output.GetBuffer().AsSpan(start, (int)output.Position - start);
        BinaryPrimitives.WriteInt32BigEndian(output.GetBuffer().AsSpan(start - 4), typeAndData.Length - 4);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32.HashToUInt32(typeAndData));
        output.Write(crc);
    }
}
