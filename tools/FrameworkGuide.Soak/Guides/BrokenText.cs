using System.Text;

namespace FrameworkGuide.Soak.Guides;

/// <summary>
/// Edits that break a guide, each an error the editors' guide lists (docs/writing-guides.md): the
/// site must keep serving the guide's last good version.
/// </summary>
internal static class BrokenText
{
    public static byte[] Apply(string text, BreakKind kind)
    {
        switch (kind)
        {
            case BreakKind.NotAnOption when text.Contains("| Either |", StringComparison.Ordinal):
                return Encoding.UTF8.GetBytes(text.Replace("| Either |", "| Neither |", StringComparison.Ordinal));
            case BreakKind.Empty:
                return [];
            case BreakKind.NotUtf8:
                var bytes = Encoding.UTF8.GetBytes(text);
                bytes[bytes.Length / 2] = 0xFF;
                return bytes;
            default:
                // A key written twice (the front matter opens the file); also the fallback should the synthetic text lose its Either row.
                return Encoding.UTF8.GetBytes("---\ntitle: \"Written twice\"\n" + text["---\n".Length..]);
        }
    }
}

internal enum BreakKind
{
    /// <summary>A decision table row picks something that is not one of the options.</summary>
    NotAnOption,

    /// <summary>A front matter key written twice.</summary>
    DuplicateKey,

    /// <summary>The file is emptied.</summary>
    Empty,

    /// <summary>A byte that is not UTF-8 in the middle of the file.</summary>
    NotUtf8,
}
