namespace FrameworkGuide.Web.Export;

/// <summary>What one URL was written as.</summary>
/// <param name="Hash">A hash of the body.</param>
/// <param name="ETag">The site's entity tag for it, sent back as <c>If-None-Match</c> next time; <c>null</c> when it gave none.</param>
/// <param name="Files">The URL's file first, then its compressed siblings.</param>
public sealed record ExportEntry(string Hash, string? ETag, IReadOnlyList<ExportStamp> Files)
{
    /// <summary>What the body was made from (<see cref="ExportInputs"/>); <c>null</c> when that is not known without asking the site.</summary>
    public string? Inputs { get; init; }

    /// <summary>True when every file is still there as this export wrote it.</summary>
    public bool IsIntact(string root) => Files.All(file => file.IsIntact(root));
}
