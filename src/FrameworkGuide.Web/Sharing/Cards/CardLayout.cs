using SkiaSharp;
using static FrameworkGuide.Web.Sharing.Cards.CardTheme;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// Where everything on a card goes: the lines each text breaks into, their font sizes and
/// positions. The title takes the largest size at which it fits, whole words only, in the room
/// the other blocks leave; when it does not fit even at the smallest size, the chips and the
/// text give up rows for it, and what still does not fit ends with an ellipsis.
/// </summary>
public sealed record CardLayout(CardTextBlock? Kicker, CardTextBlock Title, IReadOnlyList<CardChip> Chips, CardTextBlock? Text, string Footer)
{
    /// <summary>The width every line must fit in.</summary>
    public const float TextWidth = CardSize.Width - (2 * Margin);

    public const float AreaTop = StripeHeight + BlockPadding;

    public const float AreaBottom = CardSize.Height - FooterHeight - BlockPadding;

    /// <summary>Rows of chips and lines of text to try, most first, while the title does not fit.</summary>
    private static readonly (int ChipRows, int TextLines)[] Allowances = [(ChipMaxRows, TextMaxLines), (ChipMaxRows, 2), (1, 2), (1, 1)];

    public static CardLayout Compute(CardContent content, CardFonts fonts)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(fonts);

        var kicker = Lines(content.Kicker, fonts, bold: true, KickerSize, 1.3f, maxLines: 1);
        var labels = content.Chips.Select(CardText.Flatten).Where(chip => chip.Length > 0).ToList();
        IReadOnlyList<IReadOnlyList<(string Label, float Width)>> chipRows = [];
        CardTextBlock? text = null;
        CardTextBlock? title = null;
        var room = 0f;
        foreach (var (maxChipRows, maxTextLines) in Allowances)
        {
            chipRows = labels.Count == 0 ? [] : CardChipRows.Arrange(labels, fonts, maxChipRows);
            text = Lines(content.Text, fonts, bold: false, TextSize, TextLineSpacing, maxTextLines);
            room = AreaBottom - AreaTop
                - (kicker is null ? 0 : kicker.Height + KickerGap)
                - (chipRows.Count == 0 ? 0 : ChipsHeight(chipRows.Count) + BlockGap)
                - (text is null ? 0 : text.Height + BlockGap);
            // A word too long for any line is cut anyway: giving it more room would not help.
            title = FitTitle(content.Title, fonts, room)
                ?? (HeightAtSmallestSize(content.Title, fonts) <= room ? CutTitle(content.Title, fonts, room) : null);
            if (title is not null)
            {
                break;
            }
        }

        title ??= CutTitle(content.Title, fonts, room);

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

    private static float ChipsHeight(int rows) => (rows * ChipHeight) + ((rows - 1) * ChipGap);

    /// <summary>The title at the largest size at which all of it fits, between whole words; <c>null</c> if none.</summary>
    private static CardTextBlock? FitTitle(string title, CardFonts fonts, float room)
    {
        for (var size = TitleMaxSize; size >= TitleMinSize; size -= 2)
        {
            using var font = fonts.Create(bold: true, size);
            var lineHeight = size * TitleLineSpacing;
            var lines = CardText.Wrap(title, font, TextWidth, out var fits);
            if (fits && lines.Count * lineHeight <= room)
            {
                return new CardTextBlock(CardText.Balance(title, font, TextWidth), Bold: true, size, lineHeight, Top: 0);
            }
        }

        return null;
    }

    private static float HeightAtSmallestSize(string title, CardFonts fonts)
    {
        using var font = fonts.Create(bold: true, TitleMinSize);
        return CardText.Wrap(title, font, TextWidth, out _).Count * TitleMinSize * TitleLineSpacing;
    }

    /// <summary>The title at the smallest size, as many lines as the room holds, the last ending in an ellipsis.</summary>
    private static CardTextBlock CutTitle(string title, CardFonts fonts, float room)
    {
        using var font = fonts.Create(bold: true, TitleMinSize);
        var lineHeight = TitleMinSize * TitleLineSpacing;
        var maxLines = Math.Max(1, (int)(room / lineHeight));
        return new CardTextBlock(CardText.Fit(title, font, TextWidth, maxLines), Bold: true, TitleMinSize, lineHeight, Top: 0);
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
