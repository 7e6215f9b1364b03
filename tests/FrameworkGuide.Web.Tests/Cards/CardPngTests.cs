using System.Buffers.Binary;
using System.IO.Hashing;
using System.Text;
using FrameworkGuide.Web.Sharing.Cards;
using SkiaSharp;

namespace FrameworkGuide.Web.Tests.Cards;

public sealed class CardPngTests
{
    [Theory]
    [InlineData(1200, 630)]
    [InlineData(7, 3)] // a width that is not a multiple of four pixels: the last pixels of each row are copied one by one
    [InlineData(1, 1)]
    public void Encode_GivesBackEveryPixel_WhenDecoded(int width, int height)
    {
        using var surface = Surface(width, height);
        var random = new Random(width * height);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                surface.Canvas.DrawPoint(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
            }
        }

        using var pixels = surface.PeekPixels();

        using var decoded = SKBitmap.Decode(CardPng.Encode(pixels));

        Assert.NotNull(decoded);
        Assert.Equal((width, height), (decoded.Width, decoded.Height));
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                Assert.Equal(pixels.GetPixelColor(x, y), decoded.GetPixel(x, y));
            }
        }
    }

    [Fact]
    public void Encode_WritesAnRgbPngWhoseChunksCarryTheirChecksums()
    {
        using var surface = Surface(40, 20);
        surface.Canvas.Clear(SKColors.SteelBlue);
        using var pixels = surface.PeekPixels();

        var png = CardPng.Encode(pixels);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], png[..8]);
        var chunks = Chunks(png);
        Assert.Equal(["IHDR", "IDAT", "IEND"], chunks.Select(chunk => chunk.Type));
        Assert.All(chunks, chunk => Assert.True(chunk.ChecksumHolds, $"the {chunk.Type} chunk's CRC does not match"));
        var header = chunks[0].Data;
        Assert.Equal(40, BinaryPrimitives.ReadInt32BigEndian(header));
        Assert.Equal(20, BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4)));
        Assert.Equal(8, header[8]);
        Assert.Equal(2, header[9]); // RGB, no alpha channel: a card is opaque
    }

    [Fact]
    public void Encode_RefusesPixelsOfAnotherLayout()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(4, 4, SKColorType.Rgba8888, SKAlphaType.Premul));
        using var pixels = bitmap.PeekPixels();

        var error = Assert.Throws<ArgumentException>(() => CardPng.Encode(pixels));

        Assert.Contains("Rgba8888", error.Message, StringComparison.Ordinal);
    }

    private static SKSurface Surface(int width, int height) =>
        SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgb888x, SKAlphaType.Opaque));

    private static List<(string Type, byte[] Data, bool ChecksumHolds)> Chunks(byte[] png)
    {
        var chunks = new List<(string, byte[], bool)>();
        for (var at = 8; at < png.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var typeAndData = png.AsSpan(at + 4, 4 + length);
            var stored = BinaryPrimitives.ReadUInt32BigEndian(png.AsSpan(at + 8 + length));
            chunks.Add((Encoding.ASCII.GetString(typeAndData[..4]), typeAndData[4..].ToArray(), Crc32.HashToUInt32(typeAndData) == stored));
            at += 12 + length;
        }

        return chunks;
    }
}
