using FrameworkGuide.Content.Loading;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// The results of the queries searched lately, each kept for the index that found it: a popular
/// query costs one search per content version, not one per reader. Keyed by the query's analysed
/// words, so <c>Flask</c> and <c>flask</c> share an entry. Bounded by count (the least recently
/// used go first, <see cref="SearchOptions.ResultCacheQueries"/>), so a crawler trying every word
/// cannot make it grow without end.
/// </summary>
public sealed class SearchResultCache : IDisposable
{
    private readonly MemoryCache? cache;

    public SearchResultCache(IOptions<SearchOptions> options)
    {
        var size = options.Value.ResultCacheQueries;
        cache = size > 0 ? new MemoryCache(new MemoryCacheOptions { SizeLimit = size, CompactionPercentage = 0.2 }) : null;
    }

    /// <summary>The results of <paramref name="query"/> in the index of <paramref name="set"/>: kept ones, else <paramref name="search"/>'s.</summary>
    public SearchResults GetOrSearch(ContentSet set, SearchQuery query, Func<SearchResults> search)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(search);
        if (cache is null)
        {
            return search();
        }

        var key = Key(query);
        if (cache.TryGetValue(key, out Kept? kept) && kept!.Set.TryGetTarget(out var keptSet) && ReferenceEquals(keptSet, set))
        {
            return kept.Results;
        }

        var results = search();
        cache.Set(key, new Kept(new WeakReference<ContentSet>(set), results), new MemoryCacheEntryOptions { Size = 1 });
        return results;
    }

    /// <summary>Queries kept now.</summary>
    public int Count => cache?.Count ?? 0;

    public void Dispose() => cache?.Dispose();

    /// <summary>The words in order, each with the prefix it grows by: what the results depend on.</summary>
    private static string Key(SearchQuery query) =>
        string.Join('\u001e', query.Words.Select(word => word.Prefix is null ? word.Term : $"{word.Term}\u001f{word.Prefix}"));

    /// <summary>The set is held weakly: a cached query keeps the guides it found alive, not the whole earlier version of the content.</summary>
    private sealed record Kept(WeakReference<ContentSet> Set, SearchResults Results);
}
