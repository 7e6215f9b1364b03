namespace FrameworkGuide.Web.Export;

/// <summary>
/// The output folder: created when missing; updated in place when it holds an earlier export (its
/// <see cref="ExportManifest"/>); refused when it holds anything else, unless <c>--force</c> asks to
/// empty it. A folder that holds the content or the app is never emptied.
/// </summary>
public static class ExportFolder
{
    /// <summary>Makes <paramref name="folder"/> ready: empty, or holding an earlier export to update; returns why not, or <c>null</c>.</summary>
    /// <param name="kept">Folders the export must never delete: the content folder, the app's own folder.</param>
    /// <param name="earlier">The record of the earlier export the folder holds, to update; <c>null</c> when the folder is empty.</param>
    public static string? Prepare(string folder, bool force, IEnumerable<string> kept, out ExportManifest? earlier)
    {
        ArgumentNullException.ThrowIfNull(kept);
        earlier = null;
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
            earlier = ExportManifest.Read(full);
            return earlier is null
                ? $"{full} is not empty and holds no earlier export to update: choose an empty or new folder, or add --force to delete what it holds"
                : null;
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
