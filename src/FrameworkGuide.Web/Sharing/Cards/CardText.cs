using System.Globalization;
using System.Text;
using SkiaSharp;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>Breaking plain text into lines that fit a width, measured with the font that draws them.</summary>
public static class CardText
{
    public const string Ellipsis = "…";

    /// <summary>The text on one line: control characters and runs of white space become single spaces.</summary>
    public static string Flatten(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var character in text)
        {
            builder.Append(char.IsWhiteSpace(character) || char.IsControl(character) ? ' ' : character);
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// Breaks <paramref name="text"/> between words into lines no wider than <paramref name="width"/>.
    /// <paramref name="fits"/> is false when a single word is wider than the line: the caller may
    /// try a smaller font, or call <see cref="Fit"/>.
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, SKFont font, float width, out bool fits)
    {
        ArgumentNullException.ThrowIfNull(font);
        var lines = new List<string>();
        var line = "";
        fits = true;
        foreach (var word in Flatten(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var longer = line.Length == 0 ? word : line + " " + word;
            if (line.Length == 0 || font.MeasureText(longer) <= width)
            {
                line = longer;
            }
            else
            {
                lines.Add(line);
                line = word;
            }

            fits &= font.MeasureText(word) <= width;
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>
    /// The same number of lines as wrapping at <paramref name="width"/> gives, but as even as
    /// possible (CSS <c>text-wrap: balance</c>): no short word left alone on the last line.
    /// </summary>
    public static IReadOnlyList<string> Balance(string text, SKFont font, float width)
    {
        var lines = Wrap(text, font, width, out var fits);
        if (lines.Count < 2 || !fits)
        {
            return lines;
        }

        // The narrowest width that still gives as many lines, found to the pixel.
        var (low, high) = (width / lines.Count, width);
        while (high - low > 1)
        {
            var middle = (low + high) / 2;
            var narrower = Wrap(text, font, middle, out var narrowerFits);
            (low, high) = narrowerFits && narrower.Count == lines.Count ? (low, middle) : (middle, high);
        }

        return Wrap(text, font, high, out _);
    }

    /// <summary>
    /// At most <paramref name="maxLines"/> lines, each no wider than <paramref name="width"/>: the
    /// text wrapped between words, a word wider than a whole line cut with an ellipsis, and the last
    /// line ending in an ellipsis when the text goes on.
    /// </summary>
    public static IReadOnlyList<string> Fit(string text, SKFont font, float width, int maxLines)
    {
        ArgumentNullException.ThrowIfNull(font);
        var lines = Wrap(text, font, width, out _).Select(line => Truncate(line, font, width, force: false)).ToList();
        if (lines.Count <= maxLines)
        {
            return lines;
        }

        var kept = lines.Take(Math.Max(maxLines - 1, 0)).ToList();
        if (maxLines > 0)
        {
            kept.Add(Truncate(lines[maxLines - 1], font, width, force: true));
        }

        return kept;
    }

    /// <summary>
    /// The line as it is when it fits and <paramref name="force"/> is false; otherwise shortened,
    /// by whole words while more than one is left, until it fits with an ellipsis at the end.
    /// </summary>
    public static string Truncate(string line, SKFont font, float width, bool force)
    {
        ArgumentNullException.ThrowIfNull(line);
        ArgumentNullException.ThrowIfNull(font);
        if (!force && font.MeasureText(line) <= width)
        {
            return line;
        }

        var text = line;
        while (text.Length > 0 && font.MeasureText(WithEllipsis(text)) > width)
        {
            var space = text.LastIndexOf(' ');
            text = space > 0 ? text[..space] : DropLastCharacter(text);
        }

        return WithEllipsis(text);
    }

    private static string WithEllipsis(string text) => text.TrimEnd(' ', ',', ';', ':', '.', '-', '–', '—') + Ellipsis;

    /// <summary>The text without its last user-perceived character, so no surrogate pair or accent is split.</summary>
    private static string DropLastCharacter(string text)
    {
        var starts = StringInfo.ParseCombiningCharacters(text);
        return text[..starts[^1]];
    }
}
