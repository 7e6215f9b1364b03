using FrameworkGuide.Content.Model;
using Lucene.Net.Documents;

namespace FrameworkGuide.Web.Search;

/// <summary>A guide as the index sees it: one document, a field per kind of text, only the slug stored.</summary>
public static class GuideDocument
{
    public static Document For(Guide guide)
    {
        var document = new Document { new StringField(SearchFields.Slug, guide.Slug, Field.Store.YES) };
        Add(document, SearchFields.Title, guide.Title);
        Add(document, SearchFields.Summary, guide.Summary);
        foreach (var option in guide.Options)
        {
            Add(document, SearchFields.Option, option.Name);
        }

        foreach (var tag in guide.Tags)
        {
            Add(document, SearchFields.Tag, tag.Name);
        }

        foreach (var row in guide.DecisionTable?.Rows ?? [])
        {
            Add(document, SearchFields.Need, row.Need);
            Add(document, SearchFields.Reason, row.Reason);
        }

        foreach (var item in guide.Faq?.Items ?? [])
        {
            Add(document, SearchFields.Question, item.Question);
            Add(document, SearchFields.Answer, item.AnswerText);
        }

        foreach (var section in BodySections(guide))
        {
            Add(document, SearchFields.Text, section.Title);
            Add(document, SearchFields.Text, section.Text);
        }

        return document;
    }

    /// <summary>The quick answer, then each "When X Fits" section, then the other sections.</summary>
    public static IEnumerable<Section> BodySections(Guide guide) =>
        new[] { guide.QuickAnswer }
            .Concat(guide.Options.Select(option => option.WhenFits))
            .Concat(guide.Sections)
            .OfType<Section>();

    private static void Add(Document document, string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text))
        {
            document.Add(new TextField(field, text, Field.Store.NO));
        }
    }
}
