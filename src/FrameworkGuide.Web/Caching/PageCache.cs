using System.Collections.Concurrent;
using System.Security.Cryptography;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Caching;

/// <summary>
/// The rendered pages, bounded in bytes: the least recently used go first when it is full. An
/// entry is checked against the current content set when it is read, so a reload invalidates
/// exactly the pages whose guides changed.
/// </summary>
/// <remarks>
/// Reads go through a plain dictionary of the same entries: a memory cache read stamps the entry's
/// last access with the clock, which costs more than serving the page. The stamp is still made
/// once every <see cref="TouchEvery"/> reads of a page, so eviction keeps preferring pages that
/// have not been read for a while.
/// </remarks>
public sealed class PageCache(IOptions<PageCacheOptions> options, TimeProvider clock) : IDisposable
{
    private const int TouchEvery = 32;

    private const double CompactionPercentage = 0.2;

    private readonly long maxBytes = options.Value.MaxBytes;
    private readonly MemoryCache pages = new(new MemoryCacheOptions
    {
        SizeLimit = options.Value.MaxBytes,
        CompactionPercentage = CompactionPercentage,
        TrackStatistics = true,
    });
    private readonly ConcurrentDictionary<string, CachedPage> index = new(StringComparer.Ordinal);

    public bool TryGet(string key, ContentSet current, out CachedPage page)
    {
        if (index.TryGetValue(key, out var found))
        {
            if (found.IsCurrentFor(current, Today))
            {
                if (++found.Reads % TouchEvery == 0)
                {
                    pages.TryGetValue(key, out _);
                }

                page = found;
                return true;
            }

            // A stale page is dropped at once, with the old guides it holds.
            index.TryRemove(KeyValuePair.Create(key, found));
            pages.Remove(key);
        }

        page = null!;
        return false;
    }

    /// <param name="day">The day (UTC) the page's rendering began, read before it: a page begun just before midnight belongs to that day.</param>
    public CachedPage Store(string key, ContentSet set, PageDependencies? dependencies, byte[] body, string contentType, DateOnly? day = null)
    {
        var page = new CachedPage
        {
            Body = body,
            ContentType = contentType,
            ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"",
            // Never later than the Date it is sent with: the middleware's Date comes from the same clock (HttpDate).
            LastModified = TruncateToSeconds(clock.GetUtcNow()),
            Guides = dependencies?.Guides.Select(guide => new WeakReference<Guide>(guide)).ToArray(),
            Choose = dependencies?.Choose,
            Day = day ?? Today,
            Set = new WeakReference<ContentSet>(set),
        };
        page.Grown = grown => Resize(key, grown);
        Keep(key, page);
        return page;
    }

    /// <summary>Counts the compressed form a kept page has just made, evicting others if that fills the cache.</summary>
    private void Resize(string key, CachedPage page)
    {
        // The memory cache, not the lookup (which learns of evictions later), says whether the page is still kept:
        // a page evicted meanwhile is not brought back.
        if (pages.TryGetValue(key, out var kept) && ReferenceEquals(kept, page))
        {
            Keep(key, page);
        }
    }

    private void Keep(string key, CachedPage page)
    {
        var entry = new MemoryCacheEntryOptions { Size = page.Size };
        entry.RegisterPostEvictionCallback(static (evictedKey, evicted, reason, state) =>
        {
            // Replaced: by a new render (which the index already holds) or by the same page counted again.
            if (reason != EvictionReason.Replaced)
            {
                ((ConcurrentDictionary<string, CachedPage>)state!).TryRemove(KeyValuePair.Create((string)evictedKey, (CachedPage)evicted!));
            }
        }, index);

        MakeRoom(key, page);
        page.CountedSize = page.Size;
        pages.Set(key, page, entry);
        index[key] = page;
        if (!pages.TryGetValue(key, out _))
        {
            // Evicted before it was indexed (a full cache): its callback has already run.
            index.TryRemove(KeyValuePair.Create(key, page));
        }
    }

    /// <summary>
    /// A full cache refuses a new or grown entry, drops what the key held, and only then starts making
    /// room, in the background: the page just rendered or compressed would be lost. So room is made
    /// first, here, least recently used pages first; the page itself is touched so that it stays.
    /// </summary>
    private void MakeRoom(string key, CachedPage page)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var counted = pages.TryGetValue(key, out var kept) && ReferenceEquals(kept, page) ? page.CountedSize : 0;
            if (pages.GetCurrentStatistics() is not { CurrentEstimatedSize: { } size } || size - counted + page.Size <= maxBytes || pages.Count == 0)
            {
                return;
            }

            pages.Compact(Math.Max(CompactionPercentage, 1.0 / pages.Count));
        }
    }

    public void Dispose() => pages.Dispose();

    /// <summary>Today (UTC) by the cache's clock: a page is kept for the day it was rendered on.</summary>
    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
