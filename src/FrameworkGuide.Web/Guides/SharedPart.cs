using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Guides;

/// <summary>One part of a guide that has a page of its own to share: a section or an FAQ question.</summary>
/// <param name="Table">The decision table, when the part is the Decision Table section.</param>
public sealed record SharedPart(string Id, string Title, string TitleHtml, string Html, string Text, DecisionTable? Table = null)
{
    public static SharedPart? Find(Guide guide, string id)
    {
        if (guide.DecisionTable is { } table && table.Section.Id == id)
        {
            return From(table.Section) with { Table = table };
        }

        if (guide.Faq?.Items.FirstOrDefault(item => item.Id == id) is { } item)
        {
            return new SharedPart(item.Id, item.Question, item.QuestionHtml, item.AnswerHtml, item.AnswerText);
        }

        var section = guide.SectionsInPageOrder().FirstOrDefault(section => section.Id == id);
        return section is null ? null : From(section);
    }

    private static SharedPart From(Section section) => new(section.Id, section.Title, section.TitleHtml, section.Html, section.Text);
}
