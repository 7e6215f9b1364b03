namespace FrameworkGuide.Synthetic;

/// <summary>A whole set of synthetic guides, <c>guide-0001.md</c> to <c>guide-NNNN.md</c>, written into one folder.</summary>
public static class GuideSet
{
    /// <summary>Writes <paramref name="count"/> guides into <paramref name="folder"/> (created when missing), replacing files of the same names.</summary>
    /// <returns>The bytes written.</returns>
    public static long Write(string folder, int count, int seed = 0, string? marker = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        Directory.CreateDirectory(folder);
        var bytes = 0L;
        for (var index = 1; index <= count; index++)
        {
            var path = Path.Combine(folder, GuideText.FileName(index));
            File.WriteAllText(path, GuideText.Write(index, count, marker, seed));
            bytes += new FileInfo(path).Length;
        }

        return bytes;
    }
}
