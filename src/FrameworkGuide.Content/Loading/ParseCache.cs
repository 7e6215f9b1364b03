using System.Buffers;
using System.Collections.Concurrent;
using System.IO.Hashing;
using System.Text;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;
using Microsoft.Win32.SafeHandles;

namespace FrameworkGuide.Content.Loading;

/// <summary>
/// The parse results of the last run, kept in one file so that a restart with the same content only
/// parses the files that changed. A result is found by the file's path and a hash of its bytes, and
/// only by the build that wrote it (its key names the exact assemblies that parse), so an edited file,
/// a new parser or a new Markdig is parsed again. What depends on today's date is not kept: the
/// reader adds it to every result (<see cref="ContentRules.Date"/>).
/// </summary>
/// <remarks>
/// A damaged, truncated or foreign file is never an error: the cache starts empty and the site parses
/// everything, as it would without one. Thread-safe: the loader looks files up in parallel.
/// </remarks>
public sealed class ParseCache : IDisposable
{
    private static readonly byte[] Magic = "FGPARSE1"u8.ToArray();
    private const int FooterLength = sizeof(long) + 8;

    private readonly ConcurrentDictionary<string, Kept> current = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private Dictionary<string, Stored> stored;
    private SafeFileHandle? handle;
    private HashSet<string> pathsInFile;
    private long changes;
    private long savedChanges;
    private int hits;
    private int misses;

    private ParseCache(string file, SafeFileHandle? handle, Dictionary<string, Stored> stored, string? problem)
    {
        File = file;
        this.handle = handle;
        this.stored = stored;
        pathsInFile = [.. stored.Keys];
        StoredCount = stored.Count;
        Problem = problem;
    }

    /// <summary>The cache file.</summary>
    public string File { get; }

    /// <summary>Why the file could not be used, when it existed but was damaged or unsafe; <c>null</c> otherwise.</summary>
    public string? Problem { get; }

    /// <summary>How many results the file held when it was opened.</summary>
    public int StoredCount { get; }

    /// <summary>Results found in the cache since it was opened.</summary>
    public int Hits => Volatile.Read(ref hits);

    /// <summary>Files parsed because the cache had no result for their bytes.</summary>
    public int Misses => Volatile.Read(ref misses);

    /// <summary>The exact build this cache belongs to: the assemblies that turn a file into a result, and the runtime.</summary>
    public static string BuildKey { get; } = string.Join(
        ';',
        new[] { typeof(ParseCache).Assembly, typeof(Markdig.Markdown).Assembly, typeof(YamlDotNet.Serialization.Deserializer).Assembly }
            .Select(assembly => assembly.ManifestModule.ModuleVersionId.ToString("N"))
            .Append(Environment.Version.ToString()));

    /// <summary>The hash a result is found by: of the file's bytes as read.</summary>
    public static Hash128 Hash(ReadOnlySpan<byte> bytes) => Hash128.Of(bytes);

    /// <summary>Opens the cache file of a content folder in <paramref name="folder"/>; a missing or unusable file gives an empty cache.</summary>
    public static ParseCache Open(string folder, string contentRoot)
    {
        var name = $"parse-{XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(Path.GetFullPath(contentRoot))):x16}.bin";
        return OpenFile(Path.Combine(Path.GetFullPath(folder), name));
    }

    /// <summary>Opens one cache file; a missing or unusable file gives an empty cache.</summary>
    public static ParseCache OpenFile(string file)
    {
        if (!System.IO.File.Exists(file))
        {
            return new ParseCache(file, null, [], null);
        }

        SafeFileHandle? handle = null;
        try
        {
            if (!OperatingSystem.IsWindows() && OthersMayWrite(file) is { } where)
            {
                return new ParseCache(file, null, [], $"others may write to {where}, so it is not read");
            }

            handle = System.IO.File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (ReadIndex(handle) is not { } index)
            {
                handle.Dispose();
                return new ParseCache(file, null, [], null);
            }

            return new ParseCache(file, handle, index, null);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or EndOfStreamException or FormatException or ArgumentException)
        {
            handle?.Dispose();
            return new ParseCache(file, null, [], $"the file is damaged or cannot be read ({error.Message.TrimEnd('.')})");
        }
    }

    /// <summary>
    /// "the file" or "its folder" when users other than the owner may write there (and so could have
    /// put results of their own in the site's pages); <c>null</c> otherwise.
    /// </summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static string? OthersMayWrite(string file)
    {
        const UnixFileMode othersWrite = UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        if ((System.IO.File.GetUnixFileMode(file) & othersWrite) != 0)
        {
            return "the file";
        }

        return (new DirectoryInfo(Path.GetDirectoryName(file)!).UnixFileMode & othersWrite) != 0 ? "its folder" : null;
    }

    /// <summary>The undated result kept for this file's bytes, or <c>null</c>.</summary>
    /// <param name="path">The file's path relative to the content folder.</param>
    public ParseResult? Find(string path, Hash128 hash)
    {
        if (current.TryGetValue(path, out var kept) && kept.Hash == hash)
        {
            Interlocked.Increment(ref hits);
            return kept.Result;
        }

        if (Volatile.Read(ref stored).TryGetValue(path, out var entry) && entry.Hash == hash && ReadStored(entry) is { } result)
        {
            current[path] = new Kept(hash, result, entry);
            Interlocked.Increment(ref hits);
            return result;
        }

        Interlocked.Increment(ref misses);
        return null;
    }

    /// <summary>Keeps the undated result of a file just parsed, for the next <see cref="Save"/>.</summary>
    public void Keep(string path, Hash128 hash, ParseResult undated)
    {
        current[path] = new Kept(hash, undated);
        Interlocked.Increment(ref changes);
    }

    /// <summary>
    /// Writes the results of the given files (each path once: those still in the content folder) when anything changed
    /// since the file was read or last written: to a new file, moved over the old one, so a reader
    /// never sees half a file. Returns false when there was nothing to write.
    /// </summary>
    public bool Save(IReadOnlyCollection<string> paths)
    {
        lock (gate)
        {
            var changesNow = Interlocked.Read(ref changes);
            var results = paths
                .Order(StringComparer.Ordinal)
                .Select(path => (Path: path, Kept: current.GetValueOrDefault(path)))
                .Where(pair => pair.Kept is not null)
                .Select(pair => (pair.Path, pair.Kept!))
                .ToList();
            if (changesNow == savedChanges && pathsInFile.SetEquals(results.Select(pair => pair.Path)))
            {
                ReleaseFile();
                return false;
            }

            Write(results);
            savedChanges = changesNow;
            pathsInFile = [.. results.Select(pair => pair.Path)];
            return true;
        }
    }

    /// <summary>
    /// Ends the lookups in the cache file once every file of the folder has been looked up: what it
    /// held for them is in memory from then on. The file stays open until the next <see cref="Save"/>,
    /// which copies the results that did not change from it rather than writing each one again.
    /// </summary>
    public void EndLookups()
    {
        Volatile.Write(ref stored, []);
    }

    public void Dispose()
    {
        lock (gate)
        {
            ReleaseFile();
        }
    }

    private void ReleaseFile()
    {
        Volatile.Write(ref stored, []);
        handle?.Dispose();
        handle = null;
    }

    private void Write(List<(string Path, Kept Kept)> results)
    {
        var folder = Path.GetDirectoryName(File)!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var temporary = $"{File}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            using (var output = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true))
            {
                output.Write(Magic);
                output.Write(BuildKey);
                var payload = new MemoryStream();
                var payloadWriter = new BinaryWriter(payload, Encoding.UTF8);
                var index = new List<(string Path, Hash128 Hash, long Offset, int Length, ulong Checksum)>(results.Count);
                foreach (var (path, kept) in results)
                {
                    // A result read from the file is copied as it lies there: at 10,000 guides, writing
                    // each one again after one edit took 0.5-0.7 s of a core.
                    if (kept.From is { } from && handle is { } earlier && Copy(earlier, from, stream))
                    {
                        index.Add((path, kept.Hash, stream.Position - from.Length, from.Length, from.Checksum));
                        continue;
                    }

                    payload.SetLength(0);
                    ParseResultFormat.Write(payloadWriter, kept.Result);
                    payloadWriter.Flush();
                    var bytes = payload.GetBuffer().AsSpan(0, (int)payload.Length);
                    index.Add((path, kept.Hash, stream.Position, bytes.Length, XxHash3.HashToUInt64(bytes)));
                    output.Write(bytes);
                }

                output.Flush();
                var indexOffset = stream.Position;
                output.Write7BitEncodedInt(index.Count);
                foreach (var (path, hash, offset, length, checksum) in index)
                {
                    output.Write(path);
                    output.Write(hash.High);
                    output.Write(hash.Low);
                    output.Write(offset);
                    output.Write(length);
                    output.Write(checksum);
                }

                output.Write(indexOffset);
                output.Write(Magic);
            }

            ReleaseFile();
            System.IO.File.Move(temporary, File, overwrite: true);
        }
        finally
        {
            System.IO.File.Delete(temporary);
        }
    }

    /// <summary>Appends a stored result's bytes to <paramref name="output"/>; false, with nothing appended, when they no longer match their checksum.</summary>
    private static bool Copy(SafeFileHandle file, Stored entry, Stream output)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(entry.Length);
        try
        {
            var bytes = buffer.AsSpan(0, entry.Length);
            ReadExactly(file, bytes, entry.Offset);
            if (XxHash3.HashToUInt64(bytes) != entry.Checksum)
            {
                return false;
            }

            output.Write(bytes);
            return true;
        }
        catch (Exception error) when (error is IOException or EndOfStreamException)
        {
            return false;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static Dictionary<string, Stored>? ReadIndex(SafeFileHandle handle)
    {
        var length = RandomAccess.GetLength(handle);
        var head = ReadBytes(handle, 0, (int)Math.Min(length, 4096));
        using var headReader = new BinaryReader(new MemoryStream(head), Encoding.UTF8);
        if (length < Magic.Length + FooterLength || !headReader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || headReader.ReadString() != BuildKey)
        {
            return null;
        }

        var footer = ReadBytes(handle, length - FooterLength, FooterLength);
        var indexOffset = BitConverter.ToInt64(footer, 0);
        if (!footer.AsSpan(sizeof(long)).SequenceEqual(Magic) || indexOffset <= 0 || indexOffset > length - FooterLength)
        {
            throw new FormatException("its end is missing");
        }

        using var indexReader = new BinaryReader(new MemoryStream(ReadBytes(handle, indexOffset, (int)(length - FooterLength - indexOffset))), Encoding.UTF8);
        var count = indexReader.Read7BitEncodedInt();
        var index = new Dictionary<string, Stored>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var path = indexReader.ReadString();
            var hash = new Hash128(indexReader.ReadUInt64(), indexReader.ReadUInt64());
            var entry = new Stored(hash, indexReader.ReadInt64(), indexReader.ReadInt32(), indexReader.ReadUInt64());
            if (entry.Offset < 0 || entry.Length < 0 || entry.Offset + entry.Length > indexOffset)
            {
                throw new FormatException($"the entry of {path} lies outside the file");
            }

            index[path] = entry;
        }

        return index;
    }

    /// <summary>Reads a stored result; a result whose bytes do not match their checksum, or do not read back, is treated as missing.</summary>
    private ParseResult? ReadStored(Stored entry)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(entry.Length);
        try
        {
            var bytes = buffer.AsSpan(0, entry.Length);
            if (Volatile.Read(ref handle) is not { } file)
            {
                return null;
            }

            ReadExactly(file, bytes, entry.Offset);
            if (XxHash3.HashToUInt64(bytes) != entry.Checksum)
            {
                return null;
            }

            return ParseResultFormat.Read(buffer, entry.Length);
        }
        catch (Exception error) when (error is IOException or EndOfStreamException or InvalidCastException or ArgumentException or FormatException or ObjectDisposedException)
        {
            return null;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static byte[] ReadBytes(SafeFileHandle handle, long offset, int count)
    {
        var bytes = new byte[count];
        ReadExactly(handle, bytes, offset);
        return bytes;
    }

    private static void ReadExactly(SafeFileHandle handle, Span<byte> bytes, long offset)
    {
        for (var read = 0; read < bytes.Length;)
        {
            var n = RandomAccess.Read(handle, bytes[read..], offset + read);
            if (n == 0)
            {
                throw new EndOfStreamException();
            }

            read += n;
        }
    }

    /// <param name="From">Where the result lies in the file it was read from, which the next <see cref="Write"/> copies it from; <c>null</c> for a result parsed now.</param>
    private sealed record Kept(Hash128 Hash, ParseResult Result, Stored? From = null);

    private sealed record Stored(Hash128 Hash, long Offset, int Length, ulong Checksum);
}
