namespace FrameworkGuide.Content.Model;

/// <summary>A link in a guide's text to a guide of the site (<c>/guides/slug/faq#question</c>).</summary>
/// <param name="Fragment">The part after <c>#</c>, if any.</param>
/// <param name="Line">1-based line of the link.</param>
public sealed record GuideLink(string Url, string Slug, string? Fragment, int Line);
