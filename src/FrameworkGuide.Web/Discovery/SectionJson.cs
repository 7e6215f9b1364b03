namespace FrameworkGuide.Web.Discovery;

/// <summary>A section of a guide as plain text.</summary>
/// <param name="Id">The fragment that links to the section on the guide page.</param>
/// <param name="Text">Paragraphs separated by blank lines, list items a line each.</param>
public sealed record SectionJson(string Id, string Title, string Text);
