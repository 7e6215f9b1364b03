using System.Buffers.Binary;
using System.Globalization;
using System.IO.Hashing;
using System.Runtime.CompilerServices;

namespace FrameworkGuide.Content.Model;

/// <summary>
/// A 128-bit hash (XxHash128) as its two halves. Not a <see cref="UInt128"/>: .NET's ReadyToRun
/// compiler does not precompile a method that touches a type with a <see cref="UInt128"/> in it
/// (the type's layout differs between platforms), so while a <see cref="Guide"/> held one, every
/// method that reads a guide was compiled again at run time, 87 of the site's own methods in an
/// export and at each start.
/// </summary>
/// <remarks>
/// The methods that meet a <see cref="UInt128"/> are not inlined: a caller that inlined one would be
/// left to the JIT in turn.
/// </remarks>
public readonly record struct Hash128(ulong High, ulong Low)
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Hash128 Of(ReadOnlySpan<byte> bytes) => From(XxHash128.HashToUInt128(bytes));

    /// <summary>What <paramref name="hash"/> holds now.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Hash128 Of(XxHash128 hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return From(hash.GetCurrentHashAsUInt128());
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static Hash128 From(UInt128 value) => new((ulong)(value >> 64), (ulong)value);

    /// <summary>Reads a hash written as up to 32 hexadecimal digits, as <see cref="UInt128"/> reads them.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryParse(ReadOnlySpan<byte> hex, out Hash128 hash)
    {
        var parsed = UInt128.TryParse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value);
        hash = From(value);
        return parsed;
    }

    /// <summary>Writes the 16 bytes as a <see cref="UInt128"/> lies in memory here: the low half first, each half little-endian.</summary>
    public void WriteTo(Span<byte> destination)
    {
        BinaryPrimitives.WriteUInt64LittleEndian(destination, Low);
        BinaryPrimitives.WriteUInt64LittleEndian(destination[sizeof(ulong)..], High);
    }

    /// <summary>The 32 hexadecimal digits, as <see cref="UInt128"/> formats with <c>x32</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{High:x16}{Low:x16}");
}
