using System.IO.Hashing;
using FrameworkGuide.Web.Caching;
using SkiaSharp;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// The strong entity tag of a card, known before it is drawn: a hash of the words it shows and of
/// the build that draws them (this assembly, with its layout, theme and embedded fonts, and
/// SkiaSharp with its native library). Drawing is deterministic, so equal tags mean equal bytes; a
/// conditional request whose tag still matches is answered 304 without drawing anything.
/// </summary>
public static class CardTag
{
    /// <summary>The build that draws a card: part of an exported card's inputs too.</summary>
    internal static readonly byte[] Build =
    [
        .. typeof(CardTag).Assembly.ManifestModule.ModuleVersionId.ToByteArray(),
        .. typeof(SKSurface).Assembly.ManifestModule.ModuleVersionId.ToByteArray(),
        .. System.Text.Encoding.UTF8.GetBytes(SkiaSharpVersion.Native.ToString()),
    ];

    public static string Of(CardContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var hash = new XxHash128();
        hash.Append(Build);
        hash.AppendText(content.Kicker);
        hash.AppendText(content.Title);
        hash.AppendNumber(content.Chips.Count);
        foreach (var chip in content.Chips)
        {
            hash.AppendText(chip);
        }

        hash.AppendText(content.Text);
        hash.AppendText(content.Footer);
        return "\"" + Convert.ToHexStringLower(hash.GetCurrentHash()) + "\"";
    }

}
