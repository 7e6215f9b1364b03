using System.Text;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.Soak.Guides;

/// <summary>
/// The text of one version of a guide: the synthetic guide of <see cref="GuideText"/> with a version
/// marker in its title, its summary, the first paragraph of the introduction and of each section,
/// the reason of every decision table row and every FAQ answer (see <see cref="Place"/>), and,
/// after a rename, the old addresses in <c>aliases</c>.
/// </summary>
internal static class MarkedGuideText
{
    /// <summary>The synthetic topics: seed 0, in step with the index, as the reload benchmark uses.</summary>
    public const int TopicSeed = 0;

    public static string Write(int id, int version, bool broken, IReadOnlyList<string> aliases, int generated)
    {
        string MarkerAt(char place) => new Marker(id, version, broken, place).ToString();

        var source = GuideText.Write(GuideIds.TextIndex(id, generated), generated, MarkerAt(Place.Title), TopicSeed);
        var text = new StringBuilder(source.Length + 1024);
        var fences = 0;
        char? section = null;
        char? pending = null;
        var tableHeaderSeen = false;
        foreach (var line in source.Split('\n'))
        {
            if (fences < 2)
            {
                if (line == "---" && ++fences == 2)
                {
                    if (aliases.Count > 0)
                    {
                        text.Append("aliases: [").AppendJoin(", ", aliases).Append("]\n");
                    }

                    pending = Place.Introduction;
                }

                text.Append(fences < 2 && IsSummary(line) ? $"{line[..^1]} Version {MarkerAt(Place.Summary)}.\"" : line).Append('\n');
                continue;
            }

            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                section = Place.OfSection(line[3..]);
                pending = section;
                tableHeaderSeen = false;
            }
            else if (line.StartsWith("### ", StringComparison.Ordinal))
            {
                pending = section == Place.FaqAnswer ? Place.FaqAnswer : null;
            }
            else if (line.StartsWith('|') && section == Place.DecisionTable)
            {
                if (tableHeaderSeen && !line.Contains("---", StringComparison.Ordinal) && line.TrimEnd().EndsWith('|'))
                {
                    var end = line.TrimEnd();
                    text.Append(end[..^1].TrimEnd()).Append(" Version ").Append(MarkerAt(Place.DecisionTable)).Append(". |\n");
                    continue;
                }

                tableHeaderSeen = true;
            }
            else if (pending is { } place && IsParagraph(line))
            {
                text.Append(line).Append(" Version ").Append(MarkerAt(place)).Append(".\n");
                pending = null;
                continue;
            }

            text.Append(line).Append('\n');
        }

        // The source ends with a newline, so the split leaves one empty piece too many.
        text.Length--;
        return text.ToString();
    }

    /// <summary>The places a guide's text carries markers in; all of <see cref="Place.All"/> unless the synthetic text changed shape.</summary>
    public static string PlacesIn(string text) =>
        new(Marker.FindAll(text).Select(marker => marker.Place).Distinct().Order().ToArray());

    private static bool IsSummary(string line) =>
        line.StartsWith("summary: \"", StringComparison.Ordinal) && line.Length > "summary: \"".Length && line.EndsWith('"');

    private static bool IsParagraph(string line) =>
        line.Length > 0 && !line.StartsWith('|') && !line.StartsWith('#') && !line.StartsWith("- ", StringComparison.Ordinal)
        && !line.StartsWith("* ", StringComparison.Ordinal) && !line.StartsWith("```", StringComparison.Ordinal);
}
