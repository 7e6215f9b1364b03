using System.Globalization;
using System.Text;

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
/// </summary>
public sealed class ExportManifest
{
    public const string FileName = ".frameworkguide-export";

    private const string Header = "frameworkguide-export 2";

    /// <summary>The record before the inputs were kept: its lines have no inputs field, and each of its URLs is asked for again.</summary>
    private const string FirstHeader = "frameworkguide-export 1";

    private ExportManifest(IReadOnlyDictionary<string, ExportEntry> entries) => Entries = entries;

    /// <summary>By the path of each URL's file, relative to the folder with '/'.</summary>
    public IReadOnlyDictionary<string, ExportEntry> Entries { get; }

    /// <summary>
    /// The record in <paramref name="root"/>; <c>null</c> when there is none, or when it is not one
    /// this version wrote or names any file outside the folder (then nothing can be updated safely).
    /// At 10,000 guides it is 66 MB in 290,000 lines: its lines are read in parallel, in chunks.
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
        var parsed = new List<ExportEntry>?[chunks.Count];
        Parallel.For(0, chunks.Count, chunk => parsed[chunk] = ParseLines(bytes.AsSpan(chunks[chunk]), withInputs.Value));
        if (parsed.Any(entries => entries is null))
        {
            return null;
        }

        var byFile = new Dictionary<string, ExportEntry>(parsed.Sum(entries => entries!.Count), StringComparer.Ordinal);
        foreach (var entry in parsed.SelectMany(entries => entries!))
        {
            byFile[entry.Files[0].File] = entry;
        }

        return new ExportManifest(byFile);
    }

    /// <summary>Writes the record of <paramref name="entries"/> to a new file and moves it over the old one.</summary>
    public static void Write(string root, IEnumerable<ExportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var path = Path.Combine(root, FileName);
        var temporary = path + ".new";
        using (var writer = new StreamWriter(temporary, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, BufferSize = 1 << 16 }))
        {
            Span<char> number = stackalloc char[32];
            writer.Write(Header);
            writer.Write('\n');
            foreach (var entry in entries.OrderBy(entry => entry.Files[0].File, StringComparer.Ordinal))
            {
                WriteHash(writer, entry.Hash, number);
                writer.Write('\t');
                writer.Write(entry.ETag);
                writer.Write('\t');
                if (entry.Inputs is { } inputs)
                {
                    WriteHash(writer, inputs, number);
                }
                foreach (var file in entry.Files)
                {
                    writer.Write('\t');
                    writer.Write(file.File);
                    writer.Write('\t');
                    file.Length.TryFormat(number, out var written, provider: CultureInfo.InvariantCulture);
                    writer.Write(number[..written]);
                    writer.Write('\t');
                    file.WriteTicks.TryFormat(number, out written, provider: CultureInfo.InvariantCulture);
                    writer.Write(number[..written]);
                }

                writer.Write('\n');
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static void WriteHash(StreamWriter writer, UInt128 hash, Span<char> number)
    {
        hash.TryFormat(number, out var written, "x32", CultureInfo.InvariantCulture);
        writer.Write(number[..written]);
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

    /// <summary>The entries of whole lines; <c>null</c> when any line is not one this version wrote or names a file outside the folder.</summary>
    private static List<ExportEntry>? ParseLines(ReadOnlySpan<byte> lines, bool withInputs)
    {
        var entries = new List<ExportEntry>();
        foreach (var range in lines.Split((byte)'\n'))
        {
            var line = lines[range].TrimEnd((byte)'\r');
            if (line.IsEmpty)
            {
                continue;
            }

            if (Parse(line, withInputs) is not { } entry || !entry.Files.All(file => IsInside(file.File)))
            {
                return null;
            }

            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>
    /// One line, read from its bytes: only the ETag and the file names become strings, which the
    /// entry keeps (the line, its fields and its numbers as strings were more than half of what
    /// reading the record allocated: about 250 of 465 MB at 10,000 guides).
    /// </summary>
    private static ExportEntry? Parse(ReadOnlySpan<byte> line, bool withInputs)
    {
        var fields = line.Split((byte)'\t');
        if (!fields.MoveNext() || !UInt128.TryParse(line[fields.Current], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash)
            || !fields.MoveNext())
        {
            return null;
        }

        var etag = line[fields.Current];
        UInt128? inputs = null;
        if (withInputs)
        {
            if (!fields.MoveNext())
            {
                return null;
            }

            if (line[fields.Current] is { IsEmpty: false } made)
            {
                if (!UInt128.TryParse(made, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var madeFrom))
                {
                    return null;
                }

                inputs = madeFrom;
            }
        }

        var files = new List<ExportStamp>(3);
        while (fields.MoveNext())
        {
            var file = line[fields.Current];
            if (file.IsEmpty
                || !fields.MoveNext() || !long.TryParse(line[fields.Current], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !fields.MoveNext() || !long.TryParse(line[fields.Current], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return null;
            }

            files.Add(new ExportStamp(Encoding.UTF8.GetString(file), length, ticks));
        }

        return files.Count == 0 ? null : new ExportEntry(hash, etag.IsEmpty ? null : Encoding.UTF8.GetString(etag), files) { Inputs = inputs };
    }

    /// <summary>
    /// A relative path of segments the writer could have written (<see cref="ExportWriter.IsPlainSegment"/>):
    /// no root, no empty, <c>.</c> or <c>..</c> segment, no separator or control character.
    /// </summary>
    private static bool IsInside(string file)
    {
        if (file.Length == 0 || Path.IsPathRooted(file))
        {
            return false;
        }

        foreach (var range in file.AsSpan().Split('/'))
        {
            if (!ExportWriter.IsPlainSegment(file.AsSpan(range)))
            {
                return false;
            }
        }

        return true;
    }
}
