using System.Globalization;
using FrameworkGuide.Content.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FrameworkGuide.Content.Parsing;

/// <summary>
/// Reads front matter through YamlDotNet's representation model, which keeps the line of every
/// key and value, so each error points at the line the editor has to fix. Aliases are never
/// expanded (only scalars and lists of scalars are read), so alias bombs cost nothing.
/// </summary>
internal static class FrontMatterReader
{
    private static readonly string[] KnownKeys =
        ["title", "summary", "updated", "reviewed", "author", "options", "tags", "slug", "aliases", "anchors"];

    /// <param name="yaml">The text between the <c>---</c> lines.</param>
    /// <param name="lineOffset">Added to a 1-based YAML line to give the 1-based file line.</param>
    public static FrontMatter? Read(string yaml, int lineOffset, DiagnosticBag diagnostics)
    {
        YamlMappingNode? root;
        var scanner = new Scanner(new StringReader(yaml));
        var parser = new Parser(scanner);
        try
        {
            var stream = new YamlStream();
            stream.Load(parser);
            root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode as YamlMappingNode;
        }
        catch (YamlException error)
        {
            // Some errors (a tab used as indentation) come without a place; the scanner stopped on the line.
            var line = error.Start.Index > 0 ? error.Start.Line : scanner.CurrentPosition.Line;
            var detail = error.InnerException?.Message ?? error.Message;
            diagnostics.Error(lineOffset + (int)line, $"front matter is not valid YAML: {Describe(detail)}");
            return null;
        }
        catch (Exception error) when (error is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these, not a YamlException, for an unclosed '[' or '{' and for an entry such as '- :'.
            var line = parser.Current?.Start.Line ?? scanner.CurrentPosition.Line;
            diagnostics.Error(lineOffset + (int)line, "front matter is not valid YAML near this line: check that each '[' and '{' is closed and each list entry has a value");
            return null;
        }

        if (root is null)
        {
            diagnostics.Error(lineOffset, "front matter must be a list of 'key: value' lines (title, options, …)");
            return null;
        }

        var reader = new Reader(lineOffset, diagnostics);
        return reader.Read(root);
    }

    private static string Describe(string yamlMessage) =>
        yamlMessage.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
            ? "a key is written twice (each key may appear once)"
            : yamlMessage.TrimEnd('.');

    private sealed class Reader(int lineOffset, DiagnosticBag diagnostics)
    {
        private readonly Dictionary<string, int> lines = [];

        public FrontMatter Read(YamlMappingNode root)
        {
            var values = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in root.Children)
            {
                var line = LineOf(keyNode);
                if (keyNode is not YamlScalarNode { Value: { } key })
                {
                    diagnostics.Error(line, "front matter keys must be plain words such as 'title'");
                    continue;
                }

                if (!KnownKeys.Contains(key))
                {
                    diagnostics.Warning(line, $"unknown front matter key '{key}' is ignored (known keys: {string.Join(", ", KnownKeys)})");
                    continue;
                }

                lines[key] = line;
                values[key] = value;
            }

            return new FrontMatter
            {
                Title = Text(values, "title"),
                Summary = Text(values, "summary"),
                Updated = Date(values, "updated"),
                Reviewed = Date(values, "reviewed"),
                Author = Text(values, "author"),
                Options = List(values, "options"),
                Tags = List(values, "tags"),
                Slug = Text(values, "slug"),
                Aliases = List(values, "aliases"),
                Anchors = Map(values, "anchors"),
                Lines = lines,
                FirstLine = lineOffset,
            };
        }

        private int LineOf(YamlNode node) => lineOffset + (int)node.Start.Line;

        private string? Text(Dictionary<string, YamlNode> values, string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                return null;
            }

            if (node is YamlScalarNode scalar)
            {
                return string.IsNullOrWhiteSpace(scalar.Value) ? null : scalar.Value.Trim();
            }

            diagnostics.Error(LineOf(node), $"'{key}' must be a single text value");
            return null;
        }

        private DateOnly? Date(Dictionary<string, YamlNode> values, string key)
        {
            var text = Text(values, key);
            if (text is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            diagnostics.Error(LineOf(values[key]), $"'{key}' must be a date written YYYY-MM-DD, not '{text}'");
            return null;
        }

        /// <summary>A mapping of text to text, each entry with its line.</summary>
        private List<(string Key, string Value, int Line)> Map(Dictionary<string, YamlNode> values, string key)
        {
            if (!values.TryGetValue(key, out var node) || node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            if (node is not YamlMappingNode mapping)
            {
                diagnostics.Error(LineOf(node), $"'{key}' must be a list of 'old: new' lines, for example: {key}: {{ when-to-pick-flask: when-flask-fits }}");
                return [];
            }

            var entries = new List<(string, string, int)>();
            foreach (var (entryKey, entryValue) in mapping.Children)
            {
                if (entryKey is YamlScalarNode { Value: { Length: > 0 } from } && entryValue is YamlScalarNode { Value: { Length: > 0 } to })
                {
                    entries.Add((from.Trim(), to.Trim(), LineOf(entryKey)));
                }
                else
                {
                    diagnostics.Error(LineOf(entryKey), $"each entry of '{key}' must be 'old-id: new-id'");
                }
            }

            return entries;
        }

        private List<string> List(Dictionary<string, YamlNode> values, string key)
        {
            if (!values.TryGetValue(key, out var node))
            {
                return [];
            }

            if (node is YamlScalarNode { Value: null or "" })
            {
                return [];
            }

            if (node is not YamlSequenceNode sequence)
            {
                diagnostics.Error(LineOf(node), $"'{key}' must be a list, for example: {key}: [first, second]");
                return [];
            }

            var items = new List<string>();
            foreach (var item in sequence)
            {
                if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                {
                    items.Add(value.Trim());
                }
                else
                {
                    diagnostics.Error(LineOf(item), $"each entry of '{key}' must be a single non-empty text value");
                }
            }

            return items;
        }
    }
}
