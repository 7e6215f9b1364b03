using SkiaSharp;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// DejaVu Sans and DejaVu Sans Bold, read once from the files embedded in this assembly
/// (<c>Fonts/</c>, licence beside them). Cards are drawn with these typefaces only: nothing is
/// looked up among the machine's fonts, so a card looks the same wherever the site runs.
/// </summary>
public sealed class CardFonts : IDisposable
{
    private const string ResourcePrefix = "FrameworkGuide.Web.Sharing.Cards.Fonts.";

    private CardFonts(SKTypeface regular, SKTypeface bold)
    {
        Regular = regular;
        Bold = bold;
    }

    public SKTypeface Regular { get; }

    public SKTypeface Bold { get; }

    /// <summary>Loads both typefaces from the assembly's embedded font files.</summary>
    public static CardFonts LoadEmbedded() => new(Load("DejaVuSans.ttf"), Load("DejaVuSans-Bold.ttf"));

    /// <summary>A font of one of the two typefaces, set up the same way for measuring and for drawing.</summary>
    public SKFont Create(bool bold, float size) => new(bold ? Bold : Regular, size)
    {
        Edging = SKFontEdging.Antialias,
        Subpixel = true,
        Hinting = SKFontHinting.Slight,
    };

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
    }

    private static SKTypeface Load(string file)
    {
        using var stream = typeof(CardFonts).Assembly.GetManifestResourceStream(ResourcePrefix + file)
            ?? throw new InvalidOperationException($"The card font {file} is not embedded");
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data)
            ?? throw new InvalidOperationException($"The embedded card font {file} could not be read");
    }
}
