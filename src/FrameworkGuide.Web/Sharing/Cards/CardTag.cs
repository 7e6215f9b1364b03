using System.IO.Hashing;
using System.Runtime.InteropServices;
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
    private static readonly byte[] Build =
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
        Append(hash, content.Kicker);
        Append(hash, content.Title);
        hash.Append(BitConverter.GetBytes(content.Chips.Count));
        foreach (var chip in content.Chips)
        {
            Append(hash, chip);
        }

        Append(hash, content.Text);
        Append(hash, content.Footer);
        return "\"" + Convert.ToHexStringLower(hash.GetCurrentHash()) + "\"";
    }

    /// <summary>Each text with its length first, so that no two lists of texts hash alike by moving a boundary; -1 for none.</summary>
    private static void Append(XxHash128 hash, string? text)
    {
        hash.Append(BitConverter.GetBytes(text?.Length ?? -1));
        hash.Append(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
    }
}
