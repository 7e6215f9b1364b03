using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Synthetic;
using FrameworkGuide.Web.Sharing.Cards;
using SkiaSharp;

namespace FrameworkGuide.Benchmarks.Cards;

/// <summary>
/// One guide's 1200×630 card: drawn and encoded as the site does, and the encoding alone, the
/// site's own PNG writer (<see cref="CardPng"/>) against Skia's PNG encoder with the settings the
/// site used before it (Sub filter, zlib level 6), on the same pixels.
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks : IDisposable
{
    private static readonly SKPngEncoderOptions SkiaOptions = new(SKPngEncoderFilterFlags.Sub, zLibLevel: 6);

    private CardFonts fonts = null!;
    private CardRenderer renderer = null!;
    private CardLayout layout = null!;
    private SKSurface drawn = null!;
    private SKPixmap pixels = null!;

    [GlobalSetup]
    public void Setup()
    {
        var guide = ContentParts.Parser(new GuideMarkdown()).Parse("guide-0042.md", GuideText.Write(index: 42, count: 1000)).Guide
            ?? throw new InvalidOperationException("the synthetic guide does not parse");
        fonts = CardFonts.LoadEmbedded();
        renderer = new CardRenderer(fonts);
        layout = CardLayout.Compute(GuideCardContent.For(guide, "FrameworkGuide"), fonts);

        using var card = SKImage.FromEncodedData(DrawAndEncode());
        drawn = SKSurface.Create(new SKImageInfo(CardSize.Width, CardSize.Height, SKColorType.Rgb888x, SKAlphaType.Opaque));
        drawn.Canvas.DrawImage(card, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        pixels = drawn.PeekPixels();
    }

    [Benchmark(Description = "CardRenderer.Draw (draw and encode one card, as the site does)")]
    public byte[] DrawAndEncode() => renderer.Draw(layout);

    [Benchmark(Description = "Encode: CardPng (no filter, zlib-ng level 3)")]
    public byte[] EncodeOwn() => CardPng.Encode(pixels);

    [Benchmark(Baseline = true, Description = "Encode: Skia's PNG encoder (Sub filter, zlib 6), used before")]
    public byte[] EncodeSkia()
    {
        using var png = pixels.Encode(SkiaOptions) ?? throw new InvalidOperationException("Skia could not encode the card");
        return png.ToArray();
    }

    [GlobalCleanup]
    public void Dispose()
    {
        pixels?.Dispose();
        drawn?.Dispose();
        fonts?.Dispose();
        GC.SuppressFinalize(this);
    }
}
