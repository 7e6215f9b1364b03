using System.Text.RegularExpressions;
using Markdig.Helpers;

namespace FrameworkGuide.Content.Parsing;

/// <summary>Slugs and ids: the URL-safe names of guides, tags, headings and decision rows.</summary>
public static partial class Slug
{
    /// <summary>True for a guide slug: <c>a-z 0-9</c> and single dashes between them.</summary>
    public static bool IsValid(string? slug) => slug is not null && ValidSlug().IsMatch(slug);

    /// <summary>The GitHub-style id of a text, as Markdig gives headings (<c>Can You Switch Later?</c> → <c>can-you-switch-later</c>).</summary>
    public static string FromText(string text) => LinkHelper.UrilizeAsGfm(text.Trim());

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValidSlug();
}
