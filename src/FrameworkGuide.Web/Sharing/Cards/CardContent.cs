namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>The words one card shows, as plain text; the renderer lays them out.</summary>
/// <param name="Kicker">A small line above the title (a section card names its guide there).</param>
/// <param name="Title">The big text.</param>
/// <param name="Chips">Short labels shown as pills under the title (a guide's options).</param>
/// <param name="Text">One or two sentences under the title.</param>
/// <param name="Footer">The site's name, in the band at the bottom.</param>
public sealed record CardContent(string? Kicker, string Title, IReadOnlyList<string> Chips, string? Text, string Footer);
