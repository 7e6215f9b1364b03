namespace FrameworkGuide.Content.Model;

/// <summary>A <c>##</c> section of a guide.</summary>
/// <param name="Id">The heading's id, the fragment people link to.</param>
/// <param name="Title">The heading as plain text.</param>
/// <param name="TitleHtml">The heading's inline markdown as safe HTML.</param>
/// <param name="Html">The body as safe HTML.</param>
/// <param name="Line">1-based line of the heading.</param>
public sealed record Section(string Id, string Title, string TitleHtml, Utf8Text Html, int Line)
{
    /// <summary>The body as plain text, paragraphs separated by blank lines: for descriptions and data.</summary>
    public Utf8Text Text { get; init; }
}
