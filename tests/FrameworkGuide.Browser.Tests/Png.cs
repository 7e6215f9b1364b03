using System.Buffers.Binary;

namespace FrameworkGuide.Browser.Tests;

/// <summary>Reads the size of a PNG file from its header.</summary>
public static class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>Width and height from the IHDR chunk; fails when the file is not a PNG.</summary>
    public static (int Width, int Height) Size(string path)
    {
        var header = new byte[24];
        using (var file = File.OpenRead(path))
        {
            file.ReadExactly(header);
        }

        Assert.True(header.AsSpan(0, 8).SequenceEqual(Signature) && header.AsSpan(12, 4).SequenceEqual("IHDR"u8), $"{path} is not a PNG");
        return (BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20)));
    }
}
