using System.Buffers;
using System.Globalization;
using System.IO.Hashing;
using System.Numerics;
using System.Text;
using System.Text.Unicode;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// The record an export keeps in its folder (<see cref="FileName"/>) of every file it wrote: for
/// each URL its file and siblings with their sizes and write times, a hash of the body, the site's
/// ETag and, for a guide's URLs and the pages of lists, a hash of what the body was made from
/// (<see cref="ExportInputs"/>). The next export into the same folder reads it to update the folder
/// in place: a URL whose inputs are unchanged is not even asked for, a file whose bytes did not
/// change is not written again (its time stays, so a sync to a CDN sends only what changed), a card
/// whose tag still matches is not drawn, and a file of the earlier export that no URL names any
/// more is deleted. A file changed or deleted by anyone since is simply written again. The record
/// is replaced, as a whole, at the end of an export (<see cref="ExportWriter.Finish"/>).
/// <para>
/// At 10,000 guides it is 66 MB in 290,000 lines, and an update keeps all but a few dozen of them
/// as they are. So it is kept as its bytes, with a table from each line's file to the line: a line
/// becomes an <see cref="ExportEntry"/> only for a URL that is asked for, and a kept line is copied
/// into the next record as it is. Read into objects, its 1.7 million strings and lists were copied
/// by each collection that met them while the export ran, and were formatted again at the end.
/// </para>
/// </summary>
public sealed class ExportManifest
{
    public const string FileName = ".frameworkguide-export";

    private const string Header = "frameworkguide-export 2";

    /// <summary>The record before the inputs were kept: its lines have no inputs field, and each of its URLs is asked for again.</summary>
    private const string FirstHeader = "frameworkguide-export 1";

    /// <summary>Longer file names than this (in UTF-8 bytes) are looked up through a rented buffer.</summary>
    private const int MaxStackName = 512;

    private readonly byte[] bytes;
    private readonly Range[] lines;
    private readonly ulong[] hashes;

    /// <summary>Open addressing: a line's number plus one at the first free slot from its file's hash; 0 is free.</summary>
    private readonly int[] table;

    private readonly bool withInputs;

    /// <summary>What <see cref="CheckFiles"/> found: for each line, whether its files were as written, in <see cref="Checked.Root"/>.</summary>
    private Checked? found;

    private ExportManifest(byte[] bytes, Range[] lines, bool withInputs)
    {
        this.bytes = bytes;
        this.lines = lines;
        this.withInputs = withInputs;
        hashes = new ulong[lines.Length];
        table = new int[Math.Max(4, (int)BitOperations.RoundUpToPowerOf2((uint)lines.Length * 2))];
        for (var line = 0; line < lines.Length; line++)
        {
            var file = FileOf(line);
            hashes[line] = XxHash3.HashToUInt64(file);
            var slot = Slot(hashes[line], file);
            table[slot] = line + 1;
        }
    }

    /// <summary>How many URLs the record names.</summary>
    public int Count => lines.Length;

    /// <summary>
    /// The record in <paramref name="root"/>; <c>null</c> when there is none, or when it is not one
    /// this version wrote or names any file outside the folder (then nothing can be updated safely).
    /// Every line is checked here, in parallel chunks, without making anything of it.
    /// </summary>
    public static ExportManifest? Read(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var bytes = File.ReadAllBytes(path);
        var headerEnd = bytes.AsSpan().IndexOf((byte)'\n');
        var withInputs = (headerEnd < 0 ? "" : Encoding.UTF8.GetString(bytes.AsSpan(0, headerEnd).TrimEnd((byte)'\r'))) switch
        {
            Header => true,
            FirstHeader => false,
            _ => (bool?)null,
        };
        if (withInputs is null)
        {
            return null;
        }

        var chunks = Chunks(bytes, headerEnd + 1, Environment.ProcessorCount * 4);
        var parsed = new List<Range>?[chunks.Count];
        Parallel.For(0, chunks.Count, chunk => parsed[chunk] = CheckLines(bytes, chunks[chunk], withInputs.Value));
        return parsed.Any(lines => lines is null)
            ? null
            : new ExportManifest(bytes, [.. parsed.SelectMany(lines => lines!)], withInputs.Value);
    }

    /// <summary>The line that names <paramref name="file"/> (relative with '/') as its URL's file; -1 when none does.</summary>
    public int Find(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var length = Encoding.UTF8.GetByteCount(file);
        byte[]? rented = null;
        var name = length <= MaxStackName ? stackalloc byte[MaxStackName] : (rented = ArrayPool<byte>.Shared.Rent(length));
        try
        {
            name = name[..Encoding.UTF8.GetBytes(file, name)];
            var line = table[Slot(XxHash3.HashToUInt64(name), name)] - 1;
            return line;
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    /// <summary>What <paramref name="line"/> records, made into an entry that knows its line.</summary>
    public ExportEntry EntryAt(int line)
    {
        var text = bytes.AsSpan(lines[line]);
        var files = new List<ExportStamp>(3);
        TryParse(text, withInputs, files, out var hash, out var etag, out var inputs);
        return new ExportEntry(hash, text[etag].IsEmpty ? null : Encoding.UTF8.GetString(text[etag]), files) { Inputs = inputs, Line = line };
    }

    /// <summary>What the URL of <paramref name="line"/> was made from; <c>null</c> when the record does not say.</summary>
    public Hash128? InputsAt(int line)
    {
        if (!withInputs)
        {
            return null;
        }

        var text = bytes.AsSpan(lines[line]);
        var fields = text.Split((byte)'\t');
        fields.MoveNext();
        fields.MoveNext();
        fields.MoveNext();
        return text[fields.Current] is { IsEmpty: false } made && Hash128.TryParse(made, out var inputs) ? inputs : null;
    }

    /// <summary>True when every file of <paramref name="line"/> is still there as the export wrote it; <paramref name="files"/> counts them and their bytes.</summary>
    public bool IsIntact(int line, string root, out ExportedFiles files)
    {
        ArgumentNullException.ThrowIfNull(root);
        if (Volatile.Read(ref found) is { } known && known.Root == root)
        {
            Stat(line, root: null, out files);
            return known.Intact[line];
        }

        return Stat(line, root, out files);
    }

    /// <summary>
    /// Checks the files of every line in <paramref name="root"/> now, on every core, and
    /// <see cref="IsIntact"/> answers from what it found. An update does it while the site starts,
    /// which leaves a core idle for much of its first second; at 10,000 guides it is a
    /// <c>statx</c> of each of 612,000 files.
    /// </summary>
    public void CheckFiles(string root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var intact = new bool[lines.Length];
        Parallel.For(0, lines.Length, line => intact[line] = Stat(line, root, out _));
        Volatile.Write(ref found, new Checked(root, intact));
    }

    /// <summary>Counts the files of <paramref name="line"/> and their bytes, and when <paramref name="root"/> is given, reads each one's size and time there.</summary>
    /// <returns>False when a file read there is missing or not as written.</returns>
    private bool Stat(int line, string? root, out ExportedFiles files)
    {
        files = default;
        var text = bytes.AsSpan(lines[line]);
        var fields = FileFields(text);
        while (fields.MoveNext())
        {
            var file = text[fields.Current];
            fields.MoveNext();
            var length = long.Parse(text[fields.Current], NumberStyles.None, CultureInfo.InvariantCulture);
            fields.MoveNext();
            var ticks = long.Parse(text[fields.Current], NumberStyles.None, CultureInfo.InvariantCulture);
            if (root is not null && !ExportStamp.IsIntact(root, file, length, ticks))
            {
                return false;
            }

            files += new ExportedFiles(1, length, Written: 0);
        }

        return true;
    }

    /// <summary>
    /// Writes a new record to a new file and moves it over the old one: the lines of
    /// <paramref name="earlier"/> that <paramref name="copied"/> chooses, as they are, and
    /// <paramref name="entries"/>, in the order of their files' names. Each file is named once: an
    /// entry's file by the entry, any other by the last earlier line that names it.
    /// </summary>
    public static void Write(string root, IEnumerable<ExportEntry> entries, ExportManifest? earlier = null, Func<int, bool>? copied = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var path = Path.Combine(root, FileName);
        var temporary = path + ".new";
        var made = entries.Select(entry => (File: Encoding.UTF8.GetBytes(entry.Files[0].File), Entry: entry)).ToList();
        made.Sort((left, right) => left.File.AsSpan().SequenceCompareTo(right.File));
        var buffer = new byte[1024];
        using (var stream = new FileStream(temporary, new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 1 << 16 }))
        {
            stream.Write(Encoding.UTF8.GetBytes(Header + "\n"));
            var next = 0;
            for (var line = 0; earlier is not null && line < earlier.Count; line++)
            {
                if (copied?.Invoke(line) != true)
                {
                    continue;
                }

                // A file is named once: by what was written for it, or else by its last earlier line.
                var file = earlier.FileOf(line);
                if (earlier.table[earlier.Slot(earlier.hashes[line], file)] != line + 1)
                {
                    continue;
                }

                // The earlier record is in the same order, so the two merge as they are.
                for (; next < made.Count && made[next].File.AsSpan().SequenceCompareTo(file) < 0; next++)
                {
                    Put(stream, made[next].Entry, ref buffer);
                }

                if (next < made.Count && made[next].File.AsSpan().SequenceEqual(file))
                {
                    continue;
                }

                // A line of the first format has no inputs field: it is written in this one.
                if (earlier.withInputs)
                {
                    stream.Write(earlier.bytes.AsSpan(earlier.lines[line]));
                    stream.WriteByte((byte)'\n');
                }
                else
                {
                    Put(stream, earlier.EntryAt(line), ref buffer);
                }
            }

            for (; next < made.Count; next++)
            {
                Put(stream, made[next].Entry, ref buffer);
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>Writes the line of <paramref name="entry"/>, formatted in <paramref name="buffer"/> (made larger when it is too small).</summary>
    private static void Put(FileStream stream, ExportEntry entry, ref byte[] buffer)
    {
        int written;
        while (!TryFormat(entry, buffer, out written))
        {
            buffer = new byte[buffer.Length * 2];
        }

        stream.Write(buffer, 0, written);
    }

    private static bool TryFormat(ExportEntry entry, Span<byte> line, out int written)
    {
        var culture = CultureInfo.InvariantCulture;
        if (!Utf8.TryWrite(line, culture, $"{entry.Hash.High:x16}{entry.Hash.Low:x16}\t{entry.ETag}\t", out written))
        {
            return false;
        }

        int part;
        if (entry.Inputs is { } inputs)
        {
            if (!Utf8.TryWrite(line[written..], culture, $"{inputs.High:x16}{inputs.Low:x16}", out part))
            {
                return false;
            }

            written += part;
        }

        foreach (var file in entry.Files)
        {
            if (!Utf8.TryWrite(line[written..], culture, $"\t{file.File}\t{file.Length}\t{file.WriteTicks}", out part))
            {
                return false;
            }

            written += part;
        }

        if (written == line.Length)
        {
            return false;
        }

        line[written++] = (byte)'\n';
        return true;
    }

    /// <summary>The file named first on <paramref name="line"/>, as UTF-8.</summary>
    private ReadOnlySpan<byte> FileOf(int line)
    {
        var text = bytes.AsSpan(lines[line]);
        var fields = FileFields(text);
        fields.MoveNext();
        return text[fields.Current];
    }

    /// <summary>The fields of a checked line, past its hash, ETag and inputs: the next ones name its files.</summary>
    private MemoryExtensions.SpanSplitEnumerator<byte> FileFields(ReadOnlySpan<byte> text)
    {
        var fields = text.Split((byte)'\t');
        fields.MoveNext();
        fields.MoveNext();
        if (withInputs)
        {
            fields.MoveNext();
        }

        return fields;
    }

    /// <summary>The slot of <paramref name="file"/>: the one holding its line, or the free one where it would go.</summary>
    private int Slot(ulong hash, ReadOnlySpan<byte> file)
    {
        var mask = table.Length - 1;
        for (var slot = (int)(hash & (ulong)mask); ; slot = (slot + 1) & mask)
        {
            var line = table[slot] - 1;
            if (line < 0 || (hashes[line] == hash && FileOf(line).SequenceEqual(file)))
            {
                return slot;
            }
        }
    }

    /// <summary>About <paramref name="count"/> ranges of whole lines from <paramref name="start"/> to the end.</summary>
    private static List<Range> Chunks(byte[] bytes, int start, int count)
    {
        var chunks = new List<Range>(count);
        var size = Math.Max(1, (bytes.Length - start) / count);
        while (start < bytes.Length)
        {
            var end = Math.Min(bytes.Length, start + size);
            var newline = end < bytes.Length ? bytes.AsSpan(end).IndexOf((byte)'\n') : -1;
            end = newline < 0 ? bytes.Length : end + newline + 1;
            chunks.Add(start..end);
            start = end;
        }

        return chunks;
    }

    /// <summary>The ranges of the lines in <paramref name="chunk"/>; <c>null</c> when any is not one this version wrote or names a file outside the folder.</summary>
    private static List<Range>? CheckLines(byte[] bytes, Range chunk, bool withInputs)
    {
        var found = new List<Range>();
        var (offset, length) = chunk.GetOffsetAndLength(bytes.Length);
        var text = bytes.AsSpan(offset, length);
        foreach (var range in text.Split((byte)'\n'))
        {
            var line = text[range].TrimEnd((byte)'\r');
            if (line.IsEmpty)
            {
                continue;
            }

            if (!TryParse(line, withInputs, files: null, out _, out _, out _))
            {
                return null;
            }

            var start = offset + range.Start.GetOffset(text.Length);
            found.Add(start..(start + line.Length));
        }

        return found;
    }

    /// <summary>
    /// One line, read from its bytes; <paramref name="files"/>, when given, gets its files. False
    /// when it is not a line this version wrote, or names a file outside the folder.
    /// </summary>
    private static bool TryParse(ReadOnlySpan<byte> text, bool withInputs, List<ExportStamp>? files, out Hash128 hash, out Range etag, out Hash128? inputs)
    {
        etag = default;
        inputs = null;
        var fields = text.Split((byte)'\t');
        if (!fields.MoveNext() || !Hash128.TryParse(text[fields.Current], out hash)
            || !fields.MoveNext())
        {
            hash = default;
            return false;
        }

        etag = fields.Current;
        if (withInputs)
        {
            if (!fields.MoveNext())
            {
                return false;
            }

            if (text[fields.Current] is { IsEmpty: false } made)
            {
                if (!Hash128.TryParse(made, out var madeFrom))
                {
                    return false;
                }

                inputs = madeFrom;
            }
        }

        var count = 0;
        while (fields.MoveNext())
        {
            var file = text[fields.Current];
            if (!IsInside(file)
                || !fields.MoveNext() || !long.TryParse(text[fields.Current], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !fields.MoveNext() || !long.TryParse(text[fields.Current], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return false;
            }

            files?.Add(new ExportStamp(Encoding.UTF8.GetString(file), length, ticks));
            count++;
        }

        return count > 0;
    }

    /// <summary>
    /// A relative path of segments the writer could have written (<see cref="ExportWriter.IsPlainSegment"/>):
    /// no root, no empty, <c>.</c> or <c>..</c> segment, no separator or control character.
    /// </summary>
    private static bool IsInside(ReadOnlySpan<byte> file)
    {
        if (file.IsEmpty)
        {
            return false;
        }

        var name = file.Length <= MaxStackName ? stackalloc char[MaxStackName] : new char[file.Length];
        name = name[..Encoding.UTF8.GetChars(file, name)];
        if (Path.IsPathRooted(name))
        {
            return false;
        }

        foreach (var range in name.Split('/'))
        {
            if (!ExportWriter.IsPlainSegment(name[range]))
            {
                return false;
            }
        }

        return true;
    }

    private sealed record Checked(string Root, bool[] Intact);
}
