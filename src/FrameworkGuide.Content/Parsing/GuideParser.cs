using System.Text.RegularExpressions;
using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;
using Markdig.Extensions.Yaml;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace FrameworkGuide.Content.Parsing;

/// <summary>Turns the text of one content file into a <see cref="Guide"/>, or into located errors.</summary>
public sealed partial class GuideParser(GuideMarkdown markdown, ContentRules? rules = null)
{
    private readonly ContentRules rules = rules ?? ContentRules.Default;

    /// <summary>The rules of this site that depend on its settings and today's date.</summary>
    public ContentRules Rules => rules;

    /// <param name="path">The file's path relative to the content folder; its name is the default slug.</param>
    public ParseResult Parse(string path, string text) => rules.Date(path, ParseUndated(path, text));

    /// <summary>
    /// What the file alone gives, without the rules that depend on today's date: the result to keep
    /// between starts (<see cref="ContentRules.Date"/> adds those rules when it is used).
    /// </summary>
    public ParseResult ParseUndated(string path, string text)
    {
        var diagnostics = new DiagnosticBag(path);
        var guide = Build(path, text, diagnostics, out var lastChecked);
        return new ParseResult(diagnostics.HasErrors ? null : guide, diagnostics.Items) { LastChecked = lastChecked };
    }

    private Guide? Build(string path, string text, DiagnosticBag diagnostics, out LastChecked? lastChecked)
    {
        lastChecked = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            diagnostics.Error(1, "the file is empty: a guide needs front matter (title, options) and text");
            return null;
        }

        if (CountLinkOpenings(text) is var links and > MaxLinks)
        {
            diagnostics.Error(1, $"the file opens {links:N0} links ('](' ), more than the {MaxLinks:N0} a guide may have: split it or remove the repeats");
            return null;
        }

        MarkdownDocument document;
        try
        {
            document = markdown.Parse(text);
        }
        catch (ArgumentException error)
        {
            diagnostics.Error(1, $"the markdown cannot be read: {error.Message.TrimEnd('.')} (lists or quotes nested too deeply?)");
            return null;
        }

        if (document.FirstOrDefault() is not YamlFrontMatterBlock yamlBlock)
        {
            diagnostics.Error(1, "no front matter: a guide starts with a '---' line, its keys (title, options, …) and another '---' line");
            return null;
        }

        var frontMatter = FrontMatterReader.Read(yamlBlock.Lines.ToString(), yamlBlock.Line + 1, diagnostics);
        if (frontMatter is null)
        {
            return null;
        }

        lastChecked = ReadLastChecked(frontMatter);

        var slug = ReadSlug(path, frontMatter, diagnostics);
        var optionNames = ReadOptions(frontMatter, diagnostics);
        var aliases = ReadAliases(frontMatter, slug, diagnostics);
        if (frontMatter.Title is null)
        {
            diagnostics.Error(frontMatter.LineOf("title"), "'title' is required, for example: title: Flask vs Django");
        }

        var guideLinks = LinkScrubber.Scrub(document, diagnostics);
        var body = new GuideBody(markdown, optionNames, diagnostics);
        body.Read(document.Skip(1));
        var anchorIds = AnchorIds(document, body.DecisionTable);
        var anchorAliases = ReadAnchorAliases(frontMatter, anchorIds, diagnostics);
        if (diagnostics.HasErrors)
        {
            return null;
        }

        return new Guide
        {
            Slug = slug,
            SourcePath = path,
            Title = frontMatter.Title!,
            Summary = frontMatter.Summary,
            Updated = frontMatter.Updated,
            Reviewed = frontMatter.Reviewed,
            Author = frontMatter.Author,
            Options = optionNames.Select(name => new GuideOption(name, body.WhenFits.GetValueOrDefault(name))).ToList(),
            Tags = ReadTags(frontMatter),
            Aliases = aliases,
            IntroductionHtml = body.IntroductionHtml,
            QuickAnswer = body.QuickAnswer,
            DecisionTable = body.DecisionTable,
            Sections = body.Sections,
            Faq = body.Faq,
            Sources = body.Sources,
            AboutAuthor = body.AboutAuthor,
            AnchorAliases = anchorAliases,
            AnchorIds = anchorIds.Union(anchorAliases.Keys).ToHashSet(StringComparer.Ordinal),
            GuideLinks = guideLinks,
        };
    }

    /// <summary>
    /// More links than any guide needs. Unclosed links (<c>[a](b</c> repeated) take Markdig time
    /// that grows with the square of their number, so a file with more is refused before parsing.
    /// </summary>
    public const int MaxLinks = 2_000;

    private static int CountLinkOpenings(string text)
    {
        var count = 0;
        for (var at = text.IndexOf("](", StringComparison.Ordinal); at >= 0; at = text.IndexOf("](", at + 2, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }

    private static string ReadSlug(string path, FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        if (frontMatter.Slug is { } slug)
        {
            if (!Slug.IsValid(slug))
            {
                diagnostics.Error(frontMatter.LineOf("slug"), $"slug '{slug}' may only use a-z, 0-9 and single dashes (for example flask-vs-django)");
            }

            return slug;
        }

        var fileSlug = Path.GetFileNameWithoutExtension(path);
        if (!Slug.IsValid(fileSlug))
        {
            diagnostics.Error(1, $"the file name '{fileSlug}' is not a valid slug: rename the file using a-z, 0-9 and dashes, or set 'slug' in front matter");
        }

        return fileSlug;
    }

    private static List<string> ReadOptions(FrontMatter frontMatter, DiagnosticBag diagnostics)
    {
        var line = frontMatter.LineOf("options");
        var options = new List<string>();
        foreach (var option in frontMatter.Options)
        {
            if (option.Equals("Either", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Error(line, "'Either' cannot be an option: the decision table uses it for rows that favour no option");
            }
            else if (options.Contains(option, StringComparer.OrdinalIgnoreCase))
            {
                diagnostics.Error(line, $"option '{option}' is listed twice");
            }
            else
            {
                options.Add(option);
            }
        }

        if (frontMatter.Options.Count < 2)
        {
            diagnostics.Error(line, "'options' must list at least two things to compare, for example: options: [Flask, Django]");
        }

        return options;
    }

    private static List<Tag> ReadTags(FrontMatter frontMatter) =>
        frontMatter.Tags
            .Select(name => new Tag(name, Slug.FromText(name)))
            .Where(tag => tag.Slug.Length > 0)
            .DistinctBy(tag => tag.Slug)
            .ToList();

    private static List<string> ReadAliases(FrontMatter frontMatter, string slug, DiagnosticBag diagnostics)
    {
        var aliases = new List<string>();
        foreach (var alias in frontMatter.Aliases)
        {
            if (!AliasPath().IsMatch(alias))
            {
                diagnostics.Error(frontMatter.LineOf("aliases"), $"alias '{alias}' must be a path such as /guides/old-slug: '/' then a-z, 0-9, '-' and '.' between slashes");
            }
            else if (alias == "/guides/" + slug)
            {
                diagnostics.Error(frontMatter.LineOf("aliases"), $"alias '{alias}' is this guide's own address");
            }
            else if (!aliases.Contains(alias))
            {
                aliases.Add(alias);
            }
        }

        return aliases;
    }

    /// <summary>Reads <c>anchors: { old-id: new-id }</c>: each new id must exist; an old id still in use is never redirected.</summary>
    private static Dictionary<string, string> ReadAnchorAliases(FrontMatter frontMatter, HashSet<string> ids, DiagnosticBag diagnostics)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (from, to, line) in frontMatter.Anchors)
        {
            if (!ids.Contains(to))
            {
                diagnostics.Error(line, $"anchor '{from}' points to '{to}', but this guide has no heading or decision row with the id '{to}'");
            }
            else if (ids.Contains(from))
            {
                diagnostics.Warning(line, $"anchor '{from}' is still the id of a part of this guide, so links to it are not moved to '{to}'");
            }
            else if (!aliases.TryAdd(from, to))
            {
                diagnostics.Error(line, $"anchor '{from}' is mapped twice");
            }
        }

        return aliases;
    }

    private static LastChecked? ReadLastChecked(FrontMatter frontMatter) =>
        (frontMatter.Reviewed, frontMatter.Updated) switch
        {
            ({ } reviewed, _) => new LastChecked(reviewed, frontMatter.LineOf("reviewed")),
            (null, { } updated) => new LastChecked(updated, frontMatter.LineOf("updated")),
            _ => null,
        };

    private static HashSet<string> AnchorIds(MarkdownDocument document, DecisionTable? table)
    {
        var ids = document.Descendants<HeadingBlock>()
            .Select(heading => heading.GetAttributes().Id)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);
        foreach (var row in table?.Rows ?? [])
        {
            ids.Add(row.Anchor);
        }

        return ids;
    }

    [GeneratedRegex(@"^(?:/[a-z0-9]+(?:[-._][a-z0-9]+)*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex AliasPath();
}
