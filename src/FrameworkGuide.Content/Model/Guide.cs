namespace FrameworkGuide.Content.Model;

/// <summary>One parsed guide: everything a page needs, rendered once at load time.</summary>
public sealed record Guide
{
    public required string Slug { get; init; }

    /// <summary>The source file, relative to the content folder, with forward slashes.</summary>
    public required string SourcePath { get; init; }

    /// <summary>
    /// A hash of the file's bytes this guide was parsed from (<see cref="Loading.ParseCache.Hash"/>); zero when it was
    /// parsed from text rather than read from a file. With the build and <see cref="SourcePath"/> it names the guide:
    /// equal values, equal guides.
    /// </summary>
    public Hash128 SourceHash { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public DateOnly? Updated { get; init; }

    /// <summary>When an editor last checked the guide still holds; readers are told when that was long ago.</summary>
    public DateOnly? Reviewed { get; init; }

    public string? Author { get; init; }

    public required IReadOnlyList<GuideOption> Options { get; init; }

    public IReadOnlyList<Tag> Tags { get; init; } = [];

    /// <summary>Old paths (such as <c>/guides/old-slug</c>) that lead to this guide.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Safe HTML of the text before the first <c>##</c> heading; empty when there is none.</summary>
    public Utf8Text IntroductionHtml { get; init; }

    public Section? QuickAnswer { get; init; }

    public DecisionTable? DecisionTable { get; init; }

    /// <summary>The sections that are not recognised by name, in file order.</summary>
    public IReadOnlyList<Section> Sections { get; init; } = [];

    public Faq? Faq { get; init; }

    public SourceList? Sources { get; init; }

    public Section? AboutAuthor { get; init; }

    /// <summary>Old fragment ids and the ids that replaced them, so links shared before a heading was renamed still land.</summary>
    public IReadOnlyDictionary<string, string> AnchorAliases { get; init; } = new Dictionary<string, string>();

    /// <summary>Every id a link may point at with <c>#fragment</c>: headings, decision rows and old ids kept in <see cref="AnchorAliases"/>.</summary>
    public IReadOnlySet<string> AnchorIds { get; init; } = new HashSet<string>();

    /// <summary>Links in the text to other guides, checked once the whole content set is known.</summary>
    public IReadOnlyList<GuideLink> GuideLinks { get; init; } = [];

    public string CanonicalPath => "/guides/" + Slug;

    /// <summary>The date the guide was last checked: reviewed, or else updated.</summary>
    public DateOnly? LastChecked => Reviewed ?? Updated;

    public GuideOption? FindOption(string name) =>
        Options.FirstOrDefault(option => string.Equals(option.Name, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Every section the guide's page shows, in page order: the quick answer, the decision table,
    /// each "When X Fits", the other sections, the FAQ, the sources, the author.
    /// </summary>
    public IEnumerable<Section> SectionsInPageOrder()
    {
        Section?[] named =
        [
            QuickAnswer,
            DecisionTable?.Section,
            .. Options.Select(option => option.WhenFits),
            .. Sections,
            Faq?.Section,
            Sources?.Section,
            AboutAuthor,
        ];
        return named.OfType<Section>();
    }
}
