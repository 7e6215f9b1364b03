using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Parsing;

/// <summary>A parsed file: the guide, unless an error kept it out, and every problem found.</summary>
public sealed record ParseResult(Guide? Guide, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    /// <summary>The date the front matter says the guide was last reviewed (or else updated), for the staleness rule.</summary>
    public LastChecked? LastChecked { get; init; }
}

/// <summary>A guide's last review (or update) date and the front matter line that gives it.</summary>
public sealed record LastChecked(DateOnly Date, int Line);
