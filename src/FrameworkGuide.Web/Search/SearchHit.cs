using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Search;

/// <summary>One guide in the results.</summary>
/// <param name="Href">The guide, or the decision row, question or section that matched best (<c>/guides/x#need-…</c>).</param>
/// <param name="Where">The name of that part (<c>FAQ</c>), when the link leads into the guide rather than to its top.</param>
public sealed record SearchHit(Guide Guide, string Href, string? Where, Snippet Snippet);
