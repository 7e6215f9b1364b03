using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Search;

/// <summary>A piece of a guide's text a result can quote and link to.</summary>
/// <param name="Anchor">The element id of the part on the guide's page; <c>null</c> for the summary.</param>
/// <param name="Where">What the part is called in a result (<c>Decision table</c>).</param>
/// <param name="Weight">Which part wins when two match as many words: the same order as the index's boosts.</param>
public sealed record GuideText(string Text, string? Anchor, string? Where, float Weight)
{
    /// <summary>The summary, then each decision row, each question and each section, in page order.</summary>
    public static IEnumerable<GuideText> Of(Guide guide)
    {
        if (guide.Summary is { } summary)
        {
            yield return new GuideText(summary, null, null, 1.5f);
        }

        foreach (var row in guide.DecisionTable?.Rows ?? [])
        {
            yield return new GuideText(Join(row.Need, " — ", row.Reason), row.Anchor, "Decision table", 2.5f);
        }

        foreach (var section in GuideDocument.BodySections(guide))
        {
            yield return new GuideText(Join(section.Title, ": ", section.Text), section.Id, section.Title, 1f);
        }

        foreach (var item in guide.Faq?.Items ?? [])
        {
            yield return new GuideText(Join(item.Question, " ", item.AnswerText), item.Id, "FAQ", 2.5f);
        }
    }

    private static string Join(string first, string separator, string second) =>
        string.IsNullOrWhiteSpace(second) ? first : first + separator + second;
}
