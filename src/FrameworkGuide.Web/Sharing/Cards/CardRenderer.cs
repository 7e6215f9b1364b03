using SkiaSharp;
using static FrameworkGuide.Web.Sharing.Cards.CardTheme;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>Draws a card: content in, PNG bytes out. Holds nothing but the fonts.</summary>
public sealed class CardRenderer(CardFonts fonts)
{
    public byte[] Render(CardContent content) => Draw(CardLayout.Compute(content, fonts));

    public byte[] Draw(CardLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        // Opaque: a card has no transparent pixel, and a PNG without an alpha channel is a quarter smaller.
        using var surface = SKSurface.Create(new SKImageInfo(CardSize.Width, CardSize.Height, SKColorType.Rgb888x, SKAlphaType.Opaque))
            ?? throw new InvalidOperationException("Could not create a drawing surface for a card");
        var canvas = surface.Canvas;
        canvas.Clear(Background);

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        fill.Color = Accent;
        canvas.DrawRect(0, 0, CardSize.Width, StripeHeight, fill);
        canvas.DrawRect(0, CardSize.Height - FooterHeight, CardSize.Width, FooterHeight, fill);

        DrawLines(canvas, layout.Kicker, Accent);
        DrawLines(canvas, layout.Title, Text);
        DrawChips(canvas, layout.Chips);
        DrawLines(canvas, layout.Text, Muted);
        DrawFooter(canvas, layout.Footer);

        using var pixels = surface.PeekPixels();
        return CardPng.Encode(pixels);
    }

    private void DrawLines(SKCanvas canvas, CardTextBlock? block, SKColor color)
    {
        if (block is null)
        {
            return;
        }

        using var font = fonts.Create(block.Bold, block.FontSize);
        using var paint = new SKPaint { IsAntialias = true, Color = color };
        var top = block.Top;
        foreach (var line in block.Lines)
        {
            canvas.DrawText(line, Margin, Baseline(font, top, block.LineHeight), SKTextAlign.Left, font, paint);
            top += block.LineHeight;
        }
    }

    private void DrawChips(SKCanvas canvas, IReadOnlyList<CardChip> chips)
    {
        using var font = fonts.Create(bold: true, ChipSize);
        using var fill = new SKPaint { IsAntialias = true, Color = AccentSoft };
        using var border = new SKPaint { IsAntialias = true, Color = AccentLine, Style = SKPaintStyle.Stroke, StrokeWidth = 2 };
        using var text = new SKPaint { IsAntialias = true, Color = Accent };
        foreach (var chip in chips)
        {
            var radius = chip.Bounds.Height / 2;
            canvas.DrawRoundRect(chip.Bounds, radius, radius, fill);
            var inner = chip.Bounds;
            inner.Inflate(-1, -1);
            canvas.DrawRoundRect(inner, radius - 1, radius - 1, border);
            canvas.DrawText(chip.Text, chip.Bounds.Left + ChipPadding, CapBaseline(font, chip.Bounds.Top, chip.Bounds.Height), SKTextAlign.Left, font, text);
        }
    }

    private void DrawFooter(SKCanvas canvas, string footer)
    {
        using var font = fonts.Create(bold: true, FooterSize);
        using var paint = new SKPaint { IsAntialias = true, Color = OnAccent };
        var line = CardText.Truncate(footer, font, CardLayout.TextWidth, force: false);
        canvas.DrawText(line, Margin, CapBaseline(font, CardSize.Height - FooterHeight, FooterHeight), SKTextAlign.Left, font, paint);
    }

    /// <summary>The baseline that centres the font's ascent and descent in a line box.</summary>
    private static float Baseline(SKFont font, float top, float height)
    {
        var metrics = font.Metrics;
        return top + ((height - (metrics.Descent - metrics.Ascent)) / 2) - metrics.Ascent;
    }

    /// <summary>The baseline that centres capital letters in a box: for a single line of a label.</summary>
    private static float CapBaseline(SKFont font, float top, float height) => top + ((height + font.Metrics.CapHeight) / 2);
}
