namespace FrameworkGuide.Web.Discovery;

/// <summary>What <c>/guides.json</c> answers: every served guide, most recently updated first.</summary>
public sealed record GuideIndexJson(IReadOnlyList<GuideIndexEntryJson> Guides);

/// <summary>One guide in the index: enough to list it, and where to fetch the rest.</summary>
/// <param name="Options">The names of the options compared.</param>
/// <param name="Url">The guide page's absolute URL.</param>
/// <param name="JsonUrl">The absolute URL of the guide as data.</param>
public sealed record GuideIndexEntryJson(
    string Slug,
    string Title,
    string? Summary,
    DateOnly? Updated,
    IReadOnlyList<string> Options,
    IReadOnlyList<TagJson> Tags,
    string Url,
    string JsonUrl);
