using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Tests;

/// <summary>Every piece of HTML a guide carries, parsed as a browser would parse it.</summary>
internal static class RenderedHtml
{
    private static readonly HtmlParser Parser = new();

    /// <summary>Each HTML property of the guide, named for failure messages.</summary>
    public static IEnumerable<(string Part, string Html)> Parts(Guide guide)
    {
        yield return ("introduction", guide.IntroductionHtml);
        foreach (var section in Sections(guide))
        {
            yield return ($"title of '{section.Title}'", section.TitleHtml);
            yield return ($"body of '{section.Title}'", section.Html);
        }

        if (guide.DecisionTable is { } table)
        {
            yield return ("after the decision table", table.AfterHtml);
            foreach (var row in table.Rows)
            {
                yield return ($"need of row {row.Line}", row.NeedHtml);
                yield return ($"reason of row {row.Line}", row.ReasonHtml);
            }
        }

        foreach (var item in guide.Faq?.Items ?? [])
        {
            yield return ($"question on line {item.Line}", item.QuestionHtml);
            yield return ($"answer on line {item.Line}", item.AnswerHtml);
        }
    }

    /// <summary>All parts of the guide in one document, for queries over the whole page.</summary>
    public static IDocument Document(Guide guide) =>
        Parse(string.Join("\n", Parts(guide).Select(part => $"<section>{part.Html}</section>")));

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The visible text of the guide, as a reader would see it.</summary>
    public static string Text(Guide guide) => Document(guide).Body!.TextContent;

    private static IEnumerable<Section> Sections(Guide guide)
    {
        IEnumerable<Section?> known =
        [
            guide.QuickAnswer,
            guide.DecisionTable?.Section,
            .. guide.Options.Select(option => option.WhenFits),
            guide.Faq?.Section,
            guide.Sources?.Section,
            guide.AboutAuthor,
        ];
        return known.OfType<Section>().Concat(guide.Sections);
    }
}
