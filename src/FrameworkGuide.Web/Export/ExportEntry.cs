using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Export;

/// <summary>What one URL was written as.</summary>
/// <param name="Hash">An XxHash128 of the body.</param>
/// <param name="ETag">The site's entity tag for it, sent back as <c>If-None-Match</c> next time; <c>null</c> when it gave none.</param>
/// <param name="Files">The URL's file first, then its compressed siblings.</param>
public sealed record ExportEntry(Hash128 Hash, string? ETag, IReadOnlyList<ExportStamp> Files)
{
    /// <summary>What the body was made from (<see cref="ExportInputs"/>); <c>null</c> when that is not known without asking the site.</summary>
    public Hash128? Inputs { get; init; }

    /// <summary>The line of the earlier export's record it was read from (<see cref="ExportManifest.EntryAt"/>); -1 for an entry this export made.</summary>
    public int Line { get; init; } = -1;

    /// <summary>The bytes of all its files.</summary>
    public long Bytes
    {
        get
        {
            var bytes = 0L;
            foreach (var file in Files)
            {
                bytes += file.Length;
            }

            return bytes;
        }
    }
}
