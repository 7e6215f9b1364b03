namespace FrameworkGuide.Web.Guides;

/// <summary>The <c>#</c> link of a heading, question or row.</summary>
/// <param name="Label">What the link leads to, for screen readers.</param>
/// <param name="SharePath">The page that previews this part on its own, when it has one (<c>/guides/x/s/id</c>).</param>
public sealed record Permalink(string Id, string Label, string? SharePath = null);
