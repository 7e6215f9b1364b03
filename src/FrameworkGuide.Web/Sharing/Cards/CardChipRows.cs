using System.Globalization;
using static FrameworkGuide.Web.Sharing.Cards.CardTheme;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// Chips placed in rows across the card's text width: as many rows as needed up to a
/// limit, then a last chip that counts the ones left out ("+3").
/// </summary>
public static class CardChipRows
{
    public static IReadOnlyList<IReadOnlyList<(string Label, float Width)>> Arrange(IReadOnlyList<string> labels, CardFonts fonts, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(fonts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxRows, 1);
        using var font = fonts.Create(bold: true, ChipSize);
        float Width(string label) => font.MeasureText(label) + (2 * ChipPadding);
        var maxLabel = CardLayout.TextWidth - (2 * ChipPadding);

        var rows = new List<List<(string Label, float Width)>>();
        var row = new List<(string Label, float Width)>();
        var used = 0f;
        var placed = 0;
        foreach (var text in labels)
        {
            var label = CardText.Truncate(text, font, maxLabel, force: false);
            var width = Width(label);
            if (row.Count > 0 && used + ChipGap + width > CardLayout.TextWidth)
            {
                rows.Add(row);
                row = [];
                used = 0;
            }

            if (rows.Count == maxRows)
            {
                break;
            }

            used += (row.Count == 0 ? 0 : ChipGap) + width;
            row.Add((label, width));
            placed++;
        }

        if (row.Count > 0 && rows.Count < maxRows)
        {
            rows.Add(row);
        }

        var left = labels.Count - placed;
        if (left > 0)
        {
            // Make room in the last row for the chip that counts what was left out.
            var last = rows[^1];
            while (true)
            {
                var more = "+" + left.ToString(CultureInfo.InvariantCulture);
                var width = Width(more);
                var lastUsed = last.Sum(chip => chip.Width) + (last.Count * ChipGap);
                if (lastUsed + width <= CardLayout.TextWidth || last.Count == 0)
                {
                    last.Add((more, width));
                    break;
                }

                last.RemoveAt(last.Count - 1);
                left++;
            }
        }

        return rows;
    }
}
