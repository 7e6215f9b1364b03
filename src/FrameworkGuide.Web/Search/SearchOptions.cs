using System.ComponentModel.DataAnnotations;

namespace FrameworkGuide.Web.Search;

/// <summary>The <c>Search</c> section of configuration.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>
    /// The first index is built just after the site starts; a search made before it is ready waits
    /// this long for it, then answers 503 with Retry-After. Default: 10,000 ms.
    /// </summary>
    [Range(0, 600_000)]
    public int FirstIndexWaitMilliseconds { get; set; } = 10_000;

    /// <summary>
    /// Queries whose results are kept for the current content, the least recently searched going
    /// first; 0 searches the index for every request. Default: 1,000 (up to about 10 MiB: 20 hits with their
    /// snippets each).
    /// </summary>
    [Range(0, 1_000_000)]
    public int ResultCacheQueries { get; set; } = 1000;

    public TimeSpan FirstIndexWait => TimeSpan.FromMilliseconds(FirstIndexWaitMilliseconds);
}
