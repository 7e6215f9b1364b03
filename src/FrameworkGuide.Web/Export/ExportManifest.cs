using System.Globalization;
using System.Text;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// The record an export keeps in its folder (<see cref="FileName"/>) of every file it wrote: for
/// each URL its file and siblings with their sizes and write times, a hash of the body, the
/// site's ETag and, for a guide's URLs, a hash of what the body was made from (<see cref="ExportInputs"/>). The next export into the same folder reads it to update the folder in place: a
/// file whose bytes did not change is not written again (its time stays, so a sync to a CDN sends
/// only what changed), a URL whose inputs are unchanged is not even asked for, a card whose tag still matches is not drawn, and a file of the earlier
/// export that no URL names any more is deleted. A file changed or deleted by anyone since is
/// simply written again. The record is replaced, as a whole, at the end of an export (<see cref="ExportWriter.Finish"/>).
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
    /// </summary>
    public static ExportManifest? Read(string root)
    {
        var path = Path.Combine(root, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var withInputs = reader.ReadLine() switch
        {
            Header => true,
            FirstHeader => false,
            _ => (bool?)null,
        };
        if (withInputs is null)
        {
            return null;
        }

        var entries = new Dictionary<string, ExportEntry>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (Parse(line, withInputs.Value) is not { } entry || !entry.Files.All(file => IsInside(file.File)))
            {
                return null;
            }

            entries[entry.Files[0].File] = entry;
        }

        return new ExportManifest(entries);
    }

    /// <summary>Writes the record of <paramref name="entries"/> to a new file and moves it over the old one.</summary>
    public static void Write(string root, IEnumerable<ExportEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var path = Path.Combine(root, FileName);
        var temporary = path + ".new";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false)))
        {
            writer.WriteLine(Header);
            foreach (var entry in entries.OrderBy(entry => entry.Files[0].File, StringComparer.Ordinal))
            {
                writer.Write(entry.Hash);
                writer.Write('\t');
                writer.Write(entry.ETag);
                writer.Write('\t');
                writer.Write(entry.Inputs);
                foreach (var file in entry.Files)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"\t{file.File}\t{file.Length}\t{file.WriteTicks}"));
                }

                writer.WriteLine();
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    private static ExportEntry? Parse(string line, bool withInputs)
    {
        var fields = line.Split('\t');
        var first = withInputs ? 3 : 2;
        if (fields.Length < first + 3 || (fields.Length - first) % 3 != 0 || fields[0].Length == 0)
        {
            return null;
        }

        var files = new List<ExportStamp>();
        for (var i = first; i < fields.Length; i += 3)
        {
            if (!long.TryParse(fields[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
                || !long.TryParse(fields[i + 2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks))
            {
                return null;
            }

            files.Add(new ExportStamp(fields[i], length, ticks));
        }

        return new ExportEntry(fields[0], fields[1].Length > 0 ? fields[1] : null, files)
        {
            Inputs = withInputs && fields[2].Length > 0 ? fields[2] : null,
        };
    }

    /// <summary>A relative path of plain segments: no root, no empty, '.' or '..' segment.</summary>
    private static bool IsInside(string file) =>
        file.Length > 0 && !Path.IsPathRooted(file) && file.Split('/').All(segment => segment is { Length: > 0 } and not "." and not ".." && !segment.Contains('\\', StringComparison.Ordinal));
}
