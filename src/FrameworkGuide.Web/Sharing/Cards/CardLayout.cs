using SkiaSharp;
using static FrameworkGuide.Web.Sharing.Cards.CardTheme;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// Where everything on a card goes: the lines each text breaks into, their font sizes and
/// positions. The title takes the largest size at which it fits the room the other blocks
/// leave, whole words only; below the smallest size it is cut with an ellipsis.
/// </summary>
public sealed record CardLayout(CardTextBlock? Kicker, CardTextBlock Title, IReadOnlyList<CardChip> Chips, CardTextBlock? Text, string Footer)
{
    /// <summary>The width every line must fit in.</summary>
    public const float TextWidth = CardSize.Width - (2 * Margin);

    public const float AreaTop = StripeHeight + BlockPadding;

    public const float AreaBottom = CardSize.Height - FooterHeight - BlockPadding;

    public static CardLayout Compute(CardContent content, CardFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fonts);

        var kicker = Lines(content.Kicker, fonts, bold: true, KickerSize, 1.3f, maxLines: 1);
        var text = Lines(content.Text, fonts, bold: false, TextSize, TextLineSpacing, TextMaxLines);
        var chipRows = CardChipRows.Arrange(content.Chips.Select(CardText.Flatten).Where(chip => chip.Length > 0).ToList(), fonts);
        var chipsHeight = chipRows.Count == 0 ? 0 : (chipRows.Count * ChipHeight) + ((chipRows.Count - 1) * ChipGap);

        var room = AreaBottom - AreaTop
            - (kicker is null ? 0 : kicker.Height + KickerGap)
            - (chipRows.Count == 0 ? 0 : chipsHeight + BlockGap)
            - (text is null ? 0 : text.Height + BlockGap);
        var title = FitTitle(content.Title, fonts, room);

        // The blocks stand together in the middle of the room above the footer.
        var total = AreaBottom - AreaTop - room + title.Height;
        var top = AreaTop + Math.Max(0, (AreaBottom - AreaTop - total) / 2);
        if (kicker is not null)
        {
            kicker = kicker with { Top = top };
            top = kicker.Bottom + KickerGap;
        }

        title = title with { Top = top };
        top = title.Bottom + BlockGap;
        var chips = new List<CardChip>();
        foreach (var row in chipRows)
        {
            var left = Margin;
            foreach (var (label, width) in row)
            {
                chips.Add(new CardChip(label, SKRect.Create(left, top, width, ChipHeight)));
                left += width + ChipGap;
            }

            top += ChipHeight + ChipGap;
        }

        if (chipRows.Count > 0)
        {
            top += BlockGap - ChipGap;
        }

        return new CardLayout(kicker, title, chips, text is null ? null : text with { Top = top }, CardText.Flatten(content.Footer));
    }

    private static CardTextBlock FitTitle(string title, CardFonts fonts, float room)
    {
        for (var size = TitleMaxSize; size >= TitleMinSize; size -= 2)
        {
            using var font = fonts.Create(bold: true, size);
            var lineHeight = size * TitleLineSpacing;
            var lines = CardText.Wrap(title, font, TextWidth, out var fits);
            if (fits && lines.Count * lineHeight <= room)
            {
                return new CardTextBlock(lines, Bold: true, size, lineHeight, Top: 0);
            }
        }

        using var smallest = fonts.Create(bold: true, TitleMinSize);
        var smallestLineHeight = TitleMinSize * TitleLineSpacing;
        var maxLines = Math.Max(1, (int)(room / smallestLineHeight));
        return new CardTextBlock(CardText.Fit(title, smallest, TextWidth, maxLines), Bold: true, TitleMinSize, smallestLineHeight, Top: 0);
    }

    private static CardTextBlock? Lines(string? text, CardFonts fonts, bool bold, float size, float spacing, int maxLines)
    {
        var flat = CardText.Flatten(text);
        if (flat.Length == 0)
        {
            return null;
        }

        using var font = fonts.Create(bold, size);
        return new CardTextBlock(CardText.Fit(flat, font, TextWidth, maxLines), bold, size, size * spacing, Top: 0);
    }
}
