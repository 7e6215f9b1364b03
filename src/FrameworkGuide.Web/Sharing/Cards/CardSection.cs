using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>A part of a guide that has a card of its own: a section or an FAQ question.</summary>
/// <param name="Text">Its body as plain text.</param>
public sealed record CardSection(string Id, string Title, string Text)
{
    /// <summary>
    /// The part of the guide with this id: the quick answer, the decision table, each "When X
    /// Fits", the other sections, the FAQ and each of its questions, the sources, the author.
    /// </summary>
    public static CardSection? Find(Guide guide, string id)
    {
        ArgumentNullException.ThrowIfNull(guide);
        foreach (var section in SectionsOf(guide))
        {
            if (string.Equals(section.Id, id, StringComparison.Ordinal))
            {
                return new CardSection(section.Id, section.Title, section.Text);
            }
        }

        var item = guide.Faq?.Items.FirstOrDefault(item => string.Equals(item.Id, id, StringComparison.Ordinal));
        return item is null ? null : new CardSection(item.Id, item.Question, item.AnswerText);
    }

    private static IEnumerable<Section> SectionsOf(Guide guide)
    {
        Section?[] named =
        [
            guide.QuickAnswer,
            guide.DecisionTable?.Section,
            .. guide.Options.Select(option => option.WhenFits),
            .. guide.Sections,
            guide.Faq?.Section,
            guide.Sources?.Section,
            guide.AboutAuthor,
        ];
        return named.OfType<Section>();
    }
}
