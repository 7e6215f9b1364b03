using FrameworkGuide.Web.Sharing.Cards;
using SkiaSharp;

namespace FrameworkGuide.Web.Tests.Cards;

/// <summary>Looks at a card the way a reader would: decoded, pixel by pixel.</summary>
internal static class CardPixels
{
    /// <summary>Decodes the PNG and asserts it has the card's size.</summary>
    public static SKBitmap Decode(byte[] png)
    {
        var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(CardSize.Width, bitmap.Width);
        Assert.Equal(CardSize.Height, bitmap.Height);
        return bitmap;
    }

    public static int DistinctColors(SKBitmap bitmap) => bitmap.Pixels.Distinct().Count();

    /// <summary>How many pixels in the rectangle are nearly black: drawn text, not background.</summary>
    public static int DarkPixels(SKBitmap bitmap, SKRectI area)
    {
        var count = 0;
        for (var y = area.Top; y < area.Bottom; y++)
        {
            for (var x = area.Left; x < area.Right; x++)
            {
                var pixel = bitmap.GetPixel(x, y);
                if (pixel.Red + pixel.Green + pixel.Blue < 3 * 90)
                {
                    count++;
                }
            }
        }

        return count;
    }
}
