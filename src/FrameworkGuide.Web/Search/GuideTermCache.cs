using FrameworkGuide.Content.Model;
using Microsoft.Extensions.Caching.Memory;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// The terms of the guides searches have shown lately, worked out once per guide version. Bounded
/// by count (the least recently used go first), so a crawler searching everything cannot make it
/// hold every guide's terms.
/// </summary>
public sealed class GuideTermCache(GuideAnalyzer analyzer) : IDisposable
{
    /// <summary>Guides whose terms are kept; a few MiB of strings at most.</summary>
    public const int MaxGuides = 2000;

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxGuides, CompactionPercentage = 0.2 });

    public GuideTerms For(Guide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        if (cache.TryGetValue(guide.Slug, out GuideTerms? known) && known!.Version.TryGetTarget(out var version) && ReferenceEquals(version, guide))
        {
            return known;
        }

        var terms = GuideTerms.Of(guide, analyzer);
        cache.Set(guide.Slug, terms, new MemoryCacheEntryOptions { Size = 1 });
        return terms;
    }

    public void Dispose() => cache.Dispose();
}
