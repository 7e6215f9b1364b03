using FrameworkGuide.Content.Diagnostics;

namespace FrameworkGuide.Content.Loading;

/// <summary>What became of one file of the content folder.</summary>
/// <param name="Path">Relative to the content folder, with forward slashes.</param>
/// <param name="Slug">The guide it serves, or <c>null</c> when an error kept it out.</param>
public sealed record ContentFile(string Path, string? Slug, IReadOnlyList<ContentDiagnostic> Diagnostics)
{
    public bool IsServed => Slug is not null;

    /// <summary>When the file was last read.</summary>
    public DateTimeOffset LoadedAt { get; init; }

    /// <summary>True when the latest edit broke the file and the site still serves its last good version.</summary>
    public bool ServingLastGood { get; init; }
}
