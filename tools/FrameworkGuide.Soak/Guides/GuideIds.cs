using System.Globalization;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.Soak.Guides;

/// <summary>
/// Guide <c>k</c> lives in <c>guide-000k.md</c>, and after its r-th rename in <c>guide-000k-rR.md</c>,
/// so the guide a page belongs to can be read from its address. A third of the generated guides
/// (every id divisible by 3) and every added guide are <em>volatile</em>: the writer may rename,
/// delete and re-add them. The others are only ever rewritten (well or badly), so their pages must
/// answer 200 at all times.
/// </summary>
internal static class GuideIds
{
    private const string Prefix = "guide-";

    public static string Slug(int id, int renames) =>
        renames == 0 ? GuideText.Slug(id) : string.Create(CultureInfo.InvariantCulture, $"{GuideText.Slug(id)}-r{renames}");

    /// <summary>The guide id in a slug made by <see cref="Slug"/>; <c>null</c> for any other text.</summary>
    public static int? IdOf(string slug)
    {
        if (!slug.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var digits = slug.AsSpan(Prefix.Length);
        var end = digits.IndexOf('-');
        return int.TryParse(end < 0 ? digits : digits[..end], NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
    }

    public static bool IsVolatile(int id, int generated) => id > generated || id % 3 == 0;

    /// <summary>Which synthetic guide's text a guide uses: its own for generated guides, a generated one's for added guides.</summary>
    public static int TextIndex(int id, int generated) => ((id - 1) % generated) + 1;
}
