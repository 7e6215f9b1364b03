namespace FrameworkGuide.Web.Discovery;

/// <summary>
/// A guide as data: what <c>/guides/{slug}.json</c> answers, documented for integrators in
/// <c>docs/guide-data.md</c>. Members are only ever added, never renamed or removed.
/// </summary>
public sealed record GuideJson
{
    public required string Slug { get; init; }

    /// <summary>The guide page's absolute, permanent URL.</summary>
    public required string Url { get; init; }

    public required string Title { get; init; }

    public string? Summary { get; init; }

    public DateOnly? Updated { get; init; }

    public DateOnly? Reviewed { get; init; }

    public string? Author { get; init; }

    public required IReadOnlyList<GuideOptionJson> Options { get; init; }

    public required IReadOnlyList<TagJson> Tags { get; init; }

    public SectionJson? QuickAnswer { get; init; }

    public DecisionTableJson? DecisionTable { get; init; }

    /// <summary>The sections the site does not treat specially, in page order.</summary>
    public required IReadOnlyList<SectionJson> Sections { get; init; }

    /// <summary>The FAQ's questions; empty when the guide has no FAQ.</summary>
    public required IReadOnlyList<FaqItemJson> Faq { get; init; }

    public required IReadOnlyList<SourceJson> Sources { get; init; }

    public SectionJson? AboutAuthor { get; init; }

    public required GuideLinksJson Links { get; init; }
}
