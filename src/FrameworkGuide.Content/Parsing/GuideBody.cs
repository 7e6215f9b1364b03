using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;
using Markdig.Extensions.Tables;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FrameworkGuide.Content.Parsing;

/// <summary>
/// Reads the markdown after the front matter: the introduction before the first <c>##</c>,
/// then each <c>##</c> section, sorted into the parts a guide page shows.
/// </summary>
internal sealed class GuideBody(GuideMarkdown markdown, IReadOnlyList<string> options, DiagnosticBag diagnostics)
{
    private readonly List<Section> sections = [];
    private readonly Dictionary<string, Section> whenFits = new(StringComparer.OrdinalIgnoreCase);

    public string IntroductionHtml { get; private set; } = "";

    public Section? QuickAnswer { get; private set; }

    public DecisionTable? DecisionTable { get; private set; }

    public Faq? Faq { get; private set; }

    public SourceList? Sources { get; private set; }

    public Section? AboutAuthor { get; private set; }

    public IReadOnlyList<Section> Sections => sections;

    /// <summary>The "When X Fits" sections by the option's name as written in front matter.</summary>
    public IReadOnlyDictionary<string, Section> WhenFits => whenFits;

    public void Read(IEnumerable<Block> blocks)
    {
        var introduction = new List<Block>();
        var current = introduction;
        HeadingBlock? heading = null;
        foreach (var block in blocks)
        {
            if (block is HeadingBlock { Level: 1 } title)
            {
                diagnostics.Warning(title.Line + 1, "a '#' heading is not shown: the page title comes from 'title' in front matter; use '##' for sections");
                continue;
            }

            if (block is HeadingBlock { Level: 2 } next)
            {
                if (heading is not null)
                {
                    AddSection(heading, current);
                }

                heading = next;
                current = [];
                continue;
            }

            current.Add(block);
        }

        if (heading is not null)
        {
            AddSection(heading, current);
        }

        IntroductionHtml = markdown.RenderBlocks(introduction);
        if (QuickAnswer is null)
        {
            diagnostics.Warning(1, "no '## Quick Answer' section: readers look for it first");
        }
    }

    private void AddSection(HeadingBlock heading, List<Block> body)
    {
        var title = InlineText.Of(heading);
        var (kind, optionName) = SectionHeading.Classify(title);
        var line = heading.Line + 1;
        switch (kind)
        {
            case SectionKind.QuickAnswer when QuickAnswer is null:
                QuickAnswer = ToSection(heading, body);
                return;
            case SectionKind.DecisionTable when DecisionTable is null:
                DecisionTable = ReadDecisionTable(heading, body);
                return;
            case SectionKind.Faq when Faq is null:
                Faq = ReadFaq(heading, body);
                if (Faq is not null)
                {
                    return;
                }

                break;
            case SectionKind.Sources when Sources is null:
                Sources = ReadSources(heading, body);
                return;
            case SectionKind.AboutAuthor when AboutAuthor is null:
                AboutAuthor = ToSection(heading, body);
                return;
            case SectionKind.WhenFits:
                var option = options.FirstOrDefault(name => name.Equals(optionName, StringComparison.OrdinalIgnoreCase));
                if (option is null)
                {
                    diagnostics.Warning(line, $"'{title}' names '{optionName}', which is not one of the options ({string.Join(", ", options)}): shown as an ordinary section");
                    break;
                }

                if (whenFits.TryAdd(option, ToSection(heading, body)))
                {
                    return;
                }

                diagnostics.Warning(line, $"a second '{title}' section is shown as an ordinary section");
                break;
            case SectionKind.Comparison:
                break;
            default:
                diagnostics.Warning(line, $"a second '{title}' section is shown as an ordinary section");
                break;
        }

        sections.Add(ToSection(heading, body));
    }

    private Section ToSection(HeadingBlock heading, IEnumerable<Block> body)
    {
        var title = InlineText.Of(heading);
        return new Section(IdOf(heading), title, OneCopy(markdown.RenderInline(heading), title), markdown.RenderBlocks(body), heading.Line + 1)
        {
            Text = InlineText.OfBlocks(body),
        };
    }

    /// <summary>
    /// The HTML of a short piece of text, or the text itself when the two are equal (no markup,
    /// nothing to escape, as in most headings, needs, reasons and questions): a loaded guide then
    /// holds one string instead of two, about a tenth of its memory.
    /// </summary>
    private static string OneCopy(string html, string text) => string.Equals(html, text, StringComparison.Ordinal) ? text : html;

    private static string IdOf(HeadingBlock heading) =>
        heading.GetAttributes().Id ?? Slug.FromText(InlineText.Of(heading));

    private DecisionTable? ReadDecisionTable(HeadingBlock heading, List<Block> body)
    {
        var table = body.OfType<Table>().FirstOrDefault();
        if (table is null)
        {
            diagnostics.Error(heading.Line + 1, "the Decision Table section has no table: add a pipe table with the columns project need | better default | why");
            return null;
        }

        var rows = table.OfType<TableRow>().ToList();
        var header = rows.FirstOrDefault(row => row.IsHeader);
        if (header is null || header.Count != 3)
        {
            diagnostics.Error(table.Line + 1, $"the decision table must have three columns (project need | better default | why), not {header?.Count ?? 0}");
            return null;
        }

        var decisionRows = new List<DecisionRow>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows.Where(row => !row.IsHeader))
        {
            if (ReadRow(row, ids) is { } decisionRow)
            {
                decisionRows.Add(decisionRow);
            }
        }

        if (decisionRows.Count == 0 && !diagnostics.HasErrors)
        {
            diagnostics.Error(table.Line + 1, "the decision table has no rows below its header");
        }

        var index = body.IndexOf(table);
        return new DecisionTable(
            ToSection(heading, body.Take(index)),
            header.Cast<TableCell>().Select(InlineText.Of).ToList(),
            decisionRows,
            markdown.RenderBlocks(body.Skip(index + 1)));
    }

    private DecisionRow? ReadRow(TableRow row, HashSet<string> ids)
    {
        var line = row.Line + 1;
        var cells = row.Cast<TableCell>().ToList();
        if (cells.Count < 3)
        {
            diagnostics.Error(line, "this decision table row needs three cells: project need | better default | why");
            return null;
        }

        var need = InlineText.Of(cells[0]);
        var id = Slug.FromText(need);
        if (id.Length == 0)
        {
            diagnostics.Error(line, "the project need of this decision table row is empty");
            return null;
        }

        var pick = InlineText.Of(cells[1]);
        string? option = null;
        if (!pick.Equals("Either", StringComparison.OrdinalIgnoreCase))
        {
            option = options.FirstOrDefault(name => name.Equals(pick, StringComparison.OrdinalIgnoreCase));
            if (option is null)
            {
                diagnostics.Error(line, $"'{pick}' is not one of the options ({string.Join(", ", options)}) or Either");
                return null;
            }
        }

        // As Markdig does for headings: a taken id gets -1, -2, … until it is free.
        var unique = id;
        for (var count = 1; !ids.Add(unique); count++)
        {
            unique = $"{id}-{count}";
        }

        Utf8Text reason = InlineText.Of(cells[2]);
        return new DecisionRow(unique, need, OneCopy(markdown.RenderContent(cells[0]), need), option, ((Utf8Text)markdown.RenderContent(cells[2])).OrSameAs(reason), line)
        {
            Reason = reason,
        };
    }

    private Faq? ReadFaq(HeadingBlock heading, List<Block> body)
    {
        var questions = body.OfType<HeadingBlock>().Where(block => block.Level == 3).ToList();
        if (questions.Count == 0)
        {
            diagnostics.Warning(heading.Line + 1, "the FAQ section has no questions ('###' headings): shown as an ordinary section");
            return null;
        }

        var intro = body.TakeWhile(block => block != questions[0]);
        var items = questions.Select((question, i) =>
        {
            var start = body.IndexOf(question) + 1;
            var end = i + 1 < questions.Count ? body.IndexOf(questions[i + 1]) : body.Count;
            var answer = body.Skip(start).Take(end - start).ToList();
            var text = InlineText.Of(question);
            return new FaqItem(IdOf(question), text, OneCopy(markdown.RenderInline(question), text), markdown.RenderBlocks(answer), question.Line + 1)
            {
                AnswerText = InlineText.OfBlocks(answer),
            };
        }).ToList();
        return new Faq(ToSection(heading, intro), items);
    }

    private SourceList ReadSources(HeadingBlock heading, List<Block> body)
    {
        var links = body
            .SelectMany(block => block.Descendants<LinkInline>())
            .Where(link => !link.IsImage && !string.IsNullOrEmpty(link.Url))
            .Select(link => new SourceLink(InlineText.Of(link) is { Length: > 0 } text ? text : link.Url!, link.Url!))
            .ToList();
        if (links.Count == 0)
        {
            diagnostics.Warning(heading.Line + 1, "the Sources section has no links: list each source as a markdown link");
        }

        return new SourceList(ToSection(heading, body), links);
    }
}
