namespace FrameworkGuide.Web.Discovery;

/// <summary>Absolute URLs of a guide's pages and image.</summary>
/// <param name="DecisionTable">The decision table's own page; <c>null</c> when the guide has no table.</param>
/// <param name="Faq">The FAQ's own page; <c>null</c> when the guide has no FAQ.</param>
/// <param name="Card">The guide's social card, a PNG.</param>
public sealed record GuideLinksJson(string Page, string? DecisionTable, string? Faq, string Card);
