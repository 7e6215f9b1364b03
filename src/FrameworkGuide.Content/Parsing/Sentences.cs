namespace FrameworkGuide.Content.Parsing;

/// <summary>Short forms of plain text, for descriptions and previews.</summary>
public static class Sentences
{
    /// <summary>
    /// The first sentence of <paramref name="text"/> (up to the first '.', '!' or '?' followed by a
    /// space or the end), cut at a word boundary with an ellipsis when longer than <paramref name="maxLength"/>.
    /// </summary>
    public static string First(string text, int maxLength = 200)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var end = flat.Length;
        for (var i = 0; i < flat.Length; i++)
        {
            if (flat[i] is '.' or '!' or '?' && (i + 1 == flat.Length || flat[i + 1] == ' '))
            {
                end = i + 1;
                break;
            }
        }

        return Shorten(flat[..end], maxLength);
    }

    /// <summary>The text cut at the last word that fits in <paramref name="maxLength"/>, with an ellipsis.</summary>
    public static string Shorten(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', maxLength - 1);
        return text[..(cut > maxLength / 2 ? cut : maxLength - 1)].TrimEnd(',', ';', ':', ' ') + "…";
    }
}
