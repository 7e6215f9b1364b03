namespace FrameworkGuide.Web.Export;

/// <summary>One written file: its path relative to the folder with '/', its size and its write time.</summary>
public readonly record struct ExportStamp(string File, long Length, long WriteTicks)
{
    public static ExportStamp Of(string root, string file)
    {
        var info = new FileInfo(Path.Combine(root, file));
        return new ExportStamp(file, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    public bool IsIntact(string root) =>
        FileStat.TryRead(root, File, out var length, out var writeTicks) && length == Length && writeTicks == WriteTicks;

    /// <summary>The same for a file named in UTF-8, as the record of an export holds it, without making a stamp of it.</summary>
    public static bool IsIntact(string root, ReadOnlySpan<byte> file, long length, long writeTicks) =>
        FileStat.TryRead(root, file, out var actualLength, out var actualTicks) && actualLength == length && actualTicks == writeTicks;
}
