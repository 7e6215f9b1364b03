using System.Text;

namespace FrameworkGuide.Content.Model;

/// <summary>
/// A text kept as its UTF-8 bytes: the long parts of a guide (section bodies as HTML and as plain
/// text, answers, reasons, the introduction) are almost all ASCII, so they take half the memory of
/// .NET's UTF-16 strings, which at 10,000 guides is about 55 MiB of the model. It converts to and
/// from <see cref="string"/> implicitly, so it reads like a string where one is needed (a view, the
/// search index, a card); each conversion makes a new string, so it is meant for text read once per
/// page render or index build, not per request. Equal when the bytes are; <c>default</c> is empty.
/// </summary>
public readonly struct Utf8Text : IEquatable<Utf8Text>
{
    private readonly byte[]? bytes;

    public Utf8Text(string? text) => bytes = string.IsNullOrEmpty(text) ? null : Encoding.UTF8.GetBytes(text);

    private Utf8Text(byte[]? bytes) => this.bytes = bytes is { Length: > 0 } ? bytes : null;

    public static Utf8Text Empty => default;

    /// <summary>The text as UTF-8, without a byte order mark.</summary>
    public ReadOnlySpan<byte> Bytes => bytes;

    public bool IsEmpty => bytes is null;

    /// <summary>A text from UTF-8 bytes that this library wrote, which it keeps as they are (the caller must not change them).</summary>
    internal static Utf8Text FromUtf8(byte[] utf8) => new(utf8);

    /// <summary><paramref name="other"/> when the two are equal (so both share its bytes), else this text: one copy where HTML and plain text agree.</summary>
    public Utf8Text OrSameAs(Utf8Text other) => Equals(other) ? other : this;

    public override string ToString() => bytes is null ? "" : Encoding.UTF8.GetString(bytes);

    public bool Equals(Utf8Text other) => Bytes.SequenceEqual(other.Bytes);

    public override bool Equals(object? obj) => obj is Utf8Text other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(Bytes);
        return hash.ToHashCode();
    }

    /// <summary>True when both hold the same array: what <see cref="OrSameAs"/> shares.</summary>
    public bool SharesBytesWith(Utf8Text other) => bytes is not null && ReferenceEquals(bytes, other.bytes);

    internal byte[]? Array => bytes;

    public static bool operator ==(Utf8Text left, Utf8Text right) => left.Equals(right);

    public static bool operator !=(Utf8Text left, Utf8Text right) => !left.Equals(right);

    public static implicit operator Utf8Text(string? text) => new(text);

    public static implicit operator string(Utf8Text text) => text.ToString();
}
