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
public sealed class PageCache(IOptions<PageCacheOptions> options, TimeProvider clock) : IDisposable
{
    private readonly MemoryCache pages = new(new MemoryCacheOptions { SizeLimit = options.Value.MaxBytes, CompactionPercentage = 0.2 });

    public bool TryGet(string key, ContentSet current, out CachedPage page)
    {
        if (pages.TryGetValue(key, out CachedPage? found))
        {
            if (found!.IsCurrentFor(current))
            {
                page = found;
                return true;
            }

            // A stale page is dropped at once, with the old guides it holds.
            pages.Remove(key);
        }

        page = null!;
        return false;
    }

    public CachedPage Store(string key, ContentSet set, PageDependencies? dependencies, byte[] body, string contentType)
    {
        var page = new CachedPage
        {
            Body = body,
            Brotli = PageCompression.Brotli(body),
            Gzip = PageCompression.Gzip(body),
            ContentType = contentType,
            ETag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 12)) + "\"",
            LastModified = TruncateToSeconds(clock.GetUtcNow()),
            Guides = dependencies?.Guides.Select(guide => new WeakReference<Guide>(guide)).ToArray(),
            Set = new WeakReference<ContentSet>(set),
        };
        pages.Set(key, page, new MemoryCacheEntryOptions { Size = page.Size });
        return page;
    }

    public void Dispose() => pages.Dispose();

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));
}
