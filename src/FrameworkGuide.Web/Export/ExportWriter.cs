using System.Buffers;
using System.Collections.Concurrent;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// Writes each URL's body where a static server finds it with
/// <c>try_files $uri $uri.html $uri/index.html</c>: a page at <c>path.html</c> (the root at
/// <c>index.html</c>), anything else at its own path, and beside each text file its Brotli and gzip
/// forms. A URL is unescaped segment by segment, as a server decodes it; a segment that could name
/// something outside the folder (<c>..</c>, a separator, a control character) is refused, and every
/// path is checked to lie inside the folder.
/// <para>
/// Given the record of an earlier export into the same folder (<see cref="ExportManifest"/>), it
/// updates the folder: a body equal to the one recorded, whose files are still as written, is not
/// written or compressed again, and <see cref="Finish"/> deletes what the earlier export wrote and
/// this one did not, then saves the new record.
/// </para>
/// </summary>
public sealed class ExportWriter
{
    public const string NotFoundFile = "404.html";

    /// <summary>What no segment of a written path may hold: separators, control characters, and what no file name may hold here.</summary>
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(
        [.. Path.GetInvalidFileNameChars(), '/', '\\', .. Enumerable.Range(0, 0x20).Select(code => (char)code), .. Enumerable.Range(0x7F, 0x21).Select(code => (char)code)]);

    private readonly ExportManifest? previous;

    /// <summary>The earlier record's lines kept as they are, by line: no entry is made of them, and the next record copies them.</summary>
    private readonly bool[] kept;

    /// <summary>What this export wrote, or kept with another ETag or other inputs, by file.</summary>
    private readonly ConcurrentDictionary<string, ExportEntry> written = new(StringComparer.Ordinal);

    public ExportWriter(string root, ExportManifest? previous = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = RootOf(root);
        this.previous = previous;
        kept = new bool[previous?.Count ?? 0];
    }

    /// <summary>The output folder, absolute.</summary>
    public string Root { get; }

    /// <summary>The <see cref="Root"/> of a writer into <paramref name="folder"/>.</summary>
    public static string RootOf(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));

    /// <summary>The file an exported URL is written to.</summary>
    /// <exception cref="ArgumentException">The URL is not a plain path, or names something outside <see cref="Root"/>.</exception>
    public string PathFor(ExportItem item) => Path.Combine(Root, RelativePathFor(item));

    /// <summary>The file for <paramref name="url"/>, with <paramref name="suffix"/> added to its last segment.</summary>
    public string PathFor(string url, string suffix) => Path.Combine(Root, RelativePathFor(url, suffix));

    /// <summary>
    /// The file an exported URL is written to, relative to <see cref="Root"/> with '/'. Each segment is
    /// checked to be a plain file name, so the path cannot leave the folder.
    /// </summary>
    private static string RelativePathFor(ExportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            ExportKind.NotFoundPage => NotFoundFile,
            ExportKind.Page when item.Url == "/" => "index.html",
            ExportKind.Page => RelativePathFor(item.Url, ".html"),
            _ => RelativePathFor(item.Url, ""),
        };
    }

    private static string RelativePathFor(string url, string suffix)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length < 2 || url[0] != '/' || url.Contains('?', StringComparison.Ordinal) || url.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{url}' is not a site path such as /guides/some-guide", nameof(url));
        }

        var path = url.AsSpan(1);
        if (!path.Contains('%'))
        {
            // Nothing to unescape (every URL of a guide, at 10,000 guides 290,000 of them): checked in place.
            foreach (var range in path.Split('/'))
            {
                Segment(url, path[range]);
            }

            return string.Concat(path, suffix);
        }

        var segments = url[1..].Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i].Contains('%', StringComparison.Ordinal) ? Uri.UnescapeDataString(segments[i]) : segments[i];
            Segment(url, segment);
            segments[i] = segment;
        }

        return string.Join('/', segments) + suffix;
    }

    /// <summary>
    /// What the earlier export wrote for this URL, when its files are still as it wrote them: its
    /// ETag can be sent as <c>If-None-Match</c>, and a 304 answered with <see cref="Keep"/>.
    /// </summary>
    public ExportEntry? Earlier(ExportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return EarlierAt(RelativePathFor(item));
    }

    /// <summary>Keeps an earlier export's files for a URL whose answer did not change.</summary>
    public ExportedFiles Keep(ExportEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Line >= 0 && previous!.EntryAt(entry.Line) is var recorded
            && recorded.Hash == entry.Hash && recorded.ETag == entry.ETag && recorded.Inputs == entry.Inputs && recorded.Files.SequenceEqual(entry.Files))
        {
            kept[entry.Line] = true;
        }
        else
        {
            written[entry.Files[0].File] = entry;
        }

        return new ExportedFiles(entry.Files.Count, entry.Bytes, Written: 0);
    }

    /// <summary>
    /// Keeps an earlier export's files for <paramref name="item"/> when they were made from
    /// <paramref name="inputs"/> and are still as it wrote them: the URL need not be asked for.
    /// Nothing is made of the earlier record's line but a mark (290,000 of them at 10,000 guides).
    /// </summary>
    public bool TryKeep(ExportItem item, Hash128 inputs, out ExportedFiles files)
    {
        ArgumentNullException.ThrowIfNull(item);
        files = default;
        if (previous is null || previous.Find(RelativePathFor(item)) is not (>= 0 and var line)
            || previous.InputsAt(line) != inputs || !previous.IsIntact(line, Root, out files))
        {
            return false;
        }

        kept[line] = true;
        return true;
    }

    /// <summary>Writes a file named by the site's own layout (<c>_redirects</c>), relative to <see cref="Root"/>.</summary>
    public async Task<ExportedFiles> WriteAsync(string relativePath, byte[] body, CancellationToken cancellationToken)
    {
        var path = Inside(relativePath);
        return await WriteFileAsync(path, body, etag: null, EarlierAt(Relative(path)), inputs: null, cancellationToken);
    }

    /// <summary>Writes an exported URL's body and, for text, its precompressed siblings, unless <paramref name="earlier"/> holds the same body.</summary>
    /// <param name="etag">The site's ETag for the body, recorded for the next export's <c>If-None-Match</c>.</param>
    /// <param name="earlier">What <see cref="Earlier"/> answered for the URL.</param>
    /// <param name="inputs">What the body was made from (<see cref="ExportInputs"/>), recorded for the next export.</param>
    public async Task<ExportedFiles> WriteAsync(ExportItem item, byte[] body, string? etag, ExportEntry? earlier, Hash128? inputs, CancellationToken cancellationToken) =>
        await WriteFileAsync(PathFor(item), body, etag, earlier, inputs, cancellationToken);

    /// <summary>
    /// Saves the record of this export. When every URL succeeded (<paramref name="complete"/>), first
    /// deletes every file the earlier export wrote that this one did not, and the folders that leaves
    /// empty. When some failed, nothing is deleted, and the record keeps the earlier export's entries
    /// for the URLs not written this time, so every file either export wrote stays known.
    /// </summary>
    /// <returns>How many files were deleted.</returns>
    public int Finish(bool complete)
    {
        var deleted = 0;
        if (complete && previous is not null)
        {
            for (var line = 0; line < previous.Count; line++)
            {
                if (kept[line])
                {
                    continue;
                }

                foreach (var stamp in previous.EntryAt(line).Files)
                {
                    var path = Path.Combine(Root, stamp.File);
                    if (!IsWritten(stamp.File) && File.Exists(path))
                    {
                        File.Delete(path);
                        deleted++;
                        DeleteEmptyFolders(Path.GetDirectoryName(path)!);
                    }
                }
            }

            // Nothing written, kept differently or deleted: the record on disk already says all of it.
            if (deleted == 0 && written.IsEmpty && Array.TrueForAll(kept, line => line))
            {
                return 0;
            }
        }

        // An incomplete export keeps the earlier lines of the URLs it did not write, so every file either export wrote stays known.
        ExportManifest.Write(Root, written.Values, previous, line => kept[line] || (!complete && !written.ContainsKey(previous!.EntryAt(line).Files[0].File)));
        return deleted;
    }

    /// <summary>True when this export wrote or kept <paramref name="file"/>: a URL's own file, or a compressed sibling beside it.</summary>
    private bool IsWritten(string file)
    {
        if (written.ContainsKey(file) || IsKept(file))
        {
            return true;
        }

        if (!file.EndsWith(".br", StringComparison.Ordinal) && !file.EndsWith(".gz", StringComparison.Ordinal))
        {
            return false;
        }

        var own = file[..^3];
        return (written.TryGetValue(own, out var entry) && entry.Files.Any(stamp => stamp.File == file))
            || (IsKept(own) && previous!.EntryAt(previous.Find(own)).Files.Any(stamp => stamp.File == file));
    }

    private bool IsKept(string file) => previous?.Find(file) is >= 0 and var line && kept[line];

    /// <param name="earlier">The earlier export's entry for this file, its files checked to be as it wrote them.</param>
    private async Task<ExportedFiles> WriteFileAsync(string path, byte[] body, string? etag, ExportEntry? earlier, Hash128? inputs, CancellationToken cancellationToken)
    {
        var relative = Relative(path);
        var hash = Hash128.Of(body);
        if (earlier is not null && earlier.Hash == hash)
        {
            return Keep(earlier with { ETag = etag, Inputs = inputs });
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, body, cancellationToken);
        var files = new List<ExportStamp> { ExportStamp.Of(Root, relative) };
        if (ExportCompression.IsText(path))
        {
            await WriteSiblingAsync(".br", ExportCompression.Brotli(body));
            await WriteSiblingAsync(".gz", ExportCompression.Gzip(body));
        }

        // A sibling the earlier body had and this one has not would be served in its place.
        var recorded = previous?.Find(relative) is >= 0 and var line ? previous.EntryAt(line).Files : [];
        foreach (var stale in recorded.Skip(1).Where(old => files.All(file => file.File != old.File)))
        {
            File.Delete(Path.Combine(Root, stale.File));
        }

        written[relative] = new ExportEntry(hash, etag, files) { Inputs = inputs };
        return new ExportedFiles(files.Count, files.Sum(file => file.Length), files.Count);

        async Task WriteSiblingAsync(string suffix, byte[]? compressed)
        {
            if (compressed is not null)
            {
                await File.WriteAllBytesAsync(path + suffix, compressed, cancellationToken);
                files.Add(ExportStamp.Of(Root, relative + suffix));
            }
        }
    }

    /// <param name="relative">The file, relative to <see cref="Root"/> with '/'.</param>
    private ExportEntry? EarlierAt(string relative) =>
        previous?.Find(relative) is >= 0 and var line && previous.IsIntact(line, Root, out _) ? previous.EntryAt(line) : null;

    /// <summary>Removes <paramref name="folder"/> and its parents up to <see cref="Root"/> while they are empty.</summary>
    private void DeleteEmptyFolders(string folder)
    {
        for (var current = folder; current.Length > Root.Length && !Directory.EnumerateFileSystemEntries(current).Any(); current = Path.GetDirectoryName(current)!)
        {
            Directory.Delete(current);
        }
    }

    private string Relative(string path) => Path.GetRelativePath(Root, path).Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>True for a name a written path may have between its slashes: not empty, <c>.</c> or <c>..</c>, and nothing <see cref="Unsafe"/>.</summary>
    internal static bool IsPlainSegment(ReadOnlySpan<char> name) => name is not ([] or "." or "..") && !name.ContainsAny(Unsafe);

    private static void Segment(string url, ReadOnlySpan<char> name)
    {
        if (!IsPlainSegment(name))
        {
            throw new ArgumentException($"'{url}' has a segment that cannot be a file name: '{name}'", nameof(url));
        }
    }

    private string Inside(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' is outside the output folder {Root}", nameof(relativePath));
        }

        return full;
    }
}
