using System.Buffers.Binary;
using System.IO.Compression;
using System.IO.Hashing;
using System.Runtime.Intrinsics;
using SkiaSharp;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// Writes a drawn card as an 8-bit RGB PNG: one <c>IDAT</c> chunk, every row unfiltered, deflated
/// by .NET's zlib-ng at level 3. A card is flat colour around anti-aliased text, which deflate
/// alone compresses well; the row filters and the older zlib in Skia's own encoder cost about
/// four times as long for a file a few per cent larger (docs/performance.md, "Cards").
/// </summary>
public static class CardPng
{
    /// <summary>zlib-ng's level 3: 1.7 ms for a card here against 3.2 ms at level 6, for 10 % more bytes.</summary>
    public const int DeflateLevel = 3;

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

        var width = pixels.Width;
        var height = pixels.Height;
        using var output = new MemoryStream(capacity: 96 * 1024);
        output.Write(Signature);

        Span<byte> header = stackalloc byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header[4..], height);
        header[8] = 8; // bits per sample
        header[9] = 2; // colour type: RGB
        // compression 0 (deflate), filter method 0, no interlace: the remaining three bytes stay 0
        WriteChunk(output, "IHDR"u8, header);

        WriteChunk(output, "IDAT"u8, Deflate(pixels.GetPixelSpan(), width, height, pixels.RowBytes));
        WriteChunk(output, "IEND"u8, []);
        return output.ToArray();
    }

    /// <summary>The zlib stream of the image data: per row a filter byte of 0 (none), then R, G, B of each pixel.</summary>
    private static ReadOnlySpan<byte> Deflate(ReadOnlySpan<byte> rgbx, int width, int height, int rowBytes)
    {
        var data = new MemoryStream(capacity: 96 * 1024);
        var rowLength = 1 + (width * 3);
        // Four bytes to spare: each vector step stores 16 bytes of which the next step overwrites the last 4.
        var row = new byte[rowLength + 4];
        using (var zlib = new ZLibStream(data, new ZLibCompressionOptions { CompressionLevel = DeflateLevel }, leaveOpen: true))
        {
            for (var y = 0; y < height; y++)
            {
                DropFourthBytes(rgbx.Slice(y * rowBytes, width * 4), row.AsSpan(1));
                zlib.Write(row, 0, rowLength);
            }
        }

        return data.GetBuffer().AsSpan(0, (int)data.Length);
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

    private static void WriteChunk(Stream output, ReadOnlySpan<byte> type, ReadOnlySpan<byte> data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        output.Write(number);
        output.Write(type);
        output.Write(data);

        var crc = new Crc32();
        crc.Append(type);
        crc.Append(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, crc.GetCurrentHashAsUInt32());
        output.Write(number);
    }
}
