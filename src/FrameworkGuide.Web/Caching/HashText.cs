using System.IO.Hashing;
using System.Runtime.InteropServices;

namespace FrameworkGuide.Web.Caching;

/// <summary>Texts into a hash that names what a response is made from (a card's tag, an exported URL's inputs).</summary>
internal static class HashText
{
    /// <summary>Each text with its length first, so that no two lists of texts hash alike by moving a boundary; -1 for none.</summary>
    public static void AppendText(this XxHash128 hash, string? text)
    {
        hash.AppendNumber(text?.Length ?? -1);
        hash.Append(MemoryMarshal.AsBytes((text ?? "").AsSpan()));
    }

    /// <summary>A number's four bytes, without an array for them.</summary>
    public static void AppendNumber(this XxHash128 hash, int number)
    {
        Span<byte> bytes = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(bytes, number);
        hash.Append(bytes);
    }
}
