using System.Diagnostics;

namespace FrameworkGuide.Content.Loading;

/// <summary>
/// The content folder as the running site knows it: the parse result of every file, kept so that
/// a change re-parses only the files that changed, and the last good version of each guide, kept so
/// that a bad edit never takes a page down. Each call returns a new immutable <see cref="ContentSet"/>.
/// </summary>
/// <remarks>One caller at a time (the reloader's loop); the sets it returns are shared freely.</remarks>
/// <param name="cache">Parse results kept between runs (<see cref="SaveCache"/>), or <c>null</c> to parse every file.</param>
public sealed class ContentLibrary(ContentFileReader reader, string root, TimeProvider clock, ParseCache? cache = null)
{
    private readonly Dictionary<string, ContentEntry> entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DateTime Written, long Length)> stamps = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The parse results kept between runs, if any.</summary>
    public ParseCache? Cache => cache;

    /// <summary>
    /// Scans the whole folder: new files and files whose size or write time changed are read,
    /// files that are gone are forgotten, the rest keep their parse result.
    /// </summary>
    public ContentSet LoadAll()
    {
        lock (gate)
        {
            var clockStart = Stopwatch.StartNew();
            var present = GuideFiles.Find(Root)
                .Select(file => ContentFileReader.RelativePath(Root, file))
                .ToHashSet(StringComparer.Ordinal);
            var paths = present
                .Where(path => !stamps.TryGetValue(path, out var stamp) || stamp != StampOf(path))
                .Concat(entries.Keys.Where(path => !present.Contains(path)))
                .ToList();
            Refresh(paths);

            // Every file has been looked up: what the cache file held for them is now in memory.
            cache?.EndLookups();
            return ContentSetBuilder.Build(entries.Values, clockStart.Elapsed);
        }
    }

    /// <summary>Re-reads the given files (absolute paths or paths under the root) and rebuilds the set.</summary>
    public ContentSet Apply(IEnumerable<string> changedPaths)
    {
        lock (gate)
        {
            var clockStart = Stopwatch.StartNew();
            var paths = changedPaths
                .Select(path => ContentFileReader.RelativePath(Root, Path.GetFullPath(path, Root)))
                .Where(path => !path.StartsWith("../", StringComparison.Ordinal) && path != "..")
                .Distinct(StringComparer.Ordinal)
                .ToList();
            Refresh(paths);
            return ContentSetBuilder.Build(entries.Values, clockStart.Elapsed);
        }
    }

    /// <summary>
    /// Writes the parse results of the files now in the folder to the cache, when any changed since it
    /// was read or last written. Slow with many guides: call it off the request path. False when there
    /// is no cache or nothing to write.
    /// </summary>
    public bool SaveCache()
    {
        if (cache is null)
        {
            return false;
        }

        List<string> paths;
        lock (gate)
        {
            paths = [.. entries.Keys];
        }

        return cache.Save(paths);
    }

    private (DateTime Written, long Length) StampOf(string path)
    {
        var info = new FileInfo(Path.Combine(Root, path));
        return info.Exists ? (info.LastWriteTimeUtc, info.Length) : default;
    }

    private void Refresh(List<string> relativePaths)
    {
        var now = clock.GetUtcNow();
        var updates = relativePaths
            .AsParallel()
            .Select(path =>
            {
                var full = Path.Combine(Root, path);
                var stamp = StampOf(path);
                var result = File.Exists(full) && GuideFiles.IsGuide(Root, full) ? reader.Read(Root, full, cache) : null;
                return (path, stamp, result);
            })
            .ToList();

        foreach (var (path, stamp, result) in updates)
        {
            if (result is null)
            {
                entries.Remove(path);
                stamps.Remove(path);
                continue;
            }

            stamps[path] = stamp;
            var previous = entries.GetValueOrDefault(path);
            entries[path] = new ContentEntry(path, result, now, result.Guide is null ? previous?.Guide : null);
        }
    }
}
