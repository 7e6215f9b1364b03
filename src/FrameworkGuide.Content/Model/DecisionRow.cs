namespace FrameworkGuide.Content.Model;

/// <summary>One row of a decision table.</summary>
/// <param name="Id">Stable id from the need text (<c>small-api-or-proof-of-concept</c>).</param>
/// <param name="Option">The option the row points to; <c>null</c> when the row says Either.</param>
/// <param name="Line">1-based line of the row.</param>
public sealed record DecisionRow(string Id, string Need, string NeedHtml, string? Option, Utf8Text ReasonHtml, int Line)
{
    /// <summary>The element id of the row in a page, kept apart from heading ids.</summary>
    public string Anchor => AnchorFor(Id);

    public bool IsEither => Option is null;

    /// <summary>The reason as plain text.</summary>
    public Utf8Text Reason { get; init; }

    public static string AnchorFor(string id) => "need-" + id;
}
