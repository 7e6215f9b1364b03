using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Search;

/// <summary>A piece of a guide's text a result can quote and link to.</summary>
public sealed class GuideText
{
    private readonly Func<string> text;

    private GuideText(Func<string> text, string? anchor, string? where, float weight)
    {
        this.text = text;
        Anchor = anchor;
        Where = where;
        Weight = weight;
    }

    /// <summary>
    /// The part's text, made when asked for: most of it is kept as UTF-8, and a search counts the
    /// words of every part of a hit from its terms (<see cref="GuideTerms"/>) but quotes one.
    /// </summary>
    public string Text => text();

    /// <summary>The element id of the part on the guide's page; <c>null</c> for the summary.</summary>
    public string? Anchor { get; }

    /// <summary>What the part is called in a result (<c>Decision table</c>).</summary>
    public string? Where { get; }

    /// <summary>Which part wins when two match as many words: the same order as the index's boosts.</summary>
    public float Weight { get; }

    /// <summary>The summary, then each decision row, each question and each section, in page order.</summary>
    public static IEnumerable<GuideText> Of(Guide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        if (guide.Summary is { } summary)
        {
            yield return new GuideText(() => summary, null, null, 1.5f);
        }

        foreach (var row in guide.DecisionTable?.Rows ?? [])
        {
            yield return new GuideText(() => Join(row.Need, " — ", row.Reason), row.Anchor, "Decision table", 2.5f);
        }

        foreach (var section in GuideDocument.BodySections(guide))
        {
            yield return new GuideText(() => Join(section.Title, ": ", section.Text), section.Id, section.Title, 1f);
        }

        foreach (var item in guide.Faq?.Items ?? [])
        {
            yield return new GuideText(() => Join(item.Question, " ", item.AnswerText), item.Id, "FAQ", 2.5f);
        }
    }

    private static string Join(string first, string separator, string second) =>
        string.IsNullOrWhiteSpace(second) ? first : first + separator + second;
}
