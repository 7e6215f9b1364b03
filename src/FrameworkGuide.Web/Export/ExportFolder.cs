namespace FrameworkGuide.Web.Export;

/// <summary>
/// The output folder: created when missing; refused when it holds anything, unless <c>--force</c>
/// asks to empty it. A folder that holds the content or the app is never emptied.
/// </summary>
public static class ExportFolder
{
    /// <summary>Makes <paramref name="folder"/> ready and empty; returns why not, or <c>null</c>.</summary>
    /// <param name="kept">Folders the export must never delete: the content folder, the app's own folder.</param>
    public static string? Prepare(string folder, bool force, IEnumerable<string> kept)
    {
        ArgumentNullException.ThrowIfNull(kept);
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (File.Exists(full))
        {
            return $"{full} is a file, not a folder";
        }

        if (!Directory.Exists(full))
        {
            Directory.CreateDirectory(full);
            return null;
        }

        if (!Directory.EnumerateFileSystemEntries(full).Any())
        {
            return null;
        }

        if (!force)
        {
            return $"{full} is not empty: choose an empty or new folder, or add --force to delete what it holds";
        }

        if (Path.GetPathRoot(full) == full + Path.DirectorySeparatorChar || full == Path.GetPathRoot(full)
            || kept.Select(path => Path.TrimEndingDirectorySeparator(Path.GetFullPath(path))).Any(path => Contains(full, path)))
        {
            return $"{full} holds the content or the app: --force will not empty it; choose another folder";
        }

        foreach (var directory in Directory.EnumerateDirectories(full))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(full))
        {
            File.Delete(file);
        }

        return null;
    }

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or inside it.</summary>
    private static bool Contains(string folder, string path) =>
        path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
