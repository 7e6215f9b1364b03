using System.Runtime.CompilerServices;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Caching;
using FrameworkGuide.Web.Tests.Editing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Web.Tests.Caching;

/// <summary>
/// A cached page must not keep old content alive: a page nobody asks for again waits in the cache
/// until it is evicted, and while it waits it may hold only its own bytes, not the guides and
/// content sets of an old version (a site edited all day would otherwise grow with every save).
/// </summary>
public sealed class PageCacheMemoryTests
{
    [Fact]
    public void AStalePage_KeepsNeitherItsOldGuideNorItsOldSetAlive()
    {
        using var folder = TempFolder.Create("cache-memory", ("pets.md", ReloadSite.Guide("Pets Compared")));
        var library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System);
        using var cache = new PageCache(Options.Create(new PageCacheOptions()), TimeProvider.System);

        var (oldGuide, oldSet) = CachePageOfFirstVersion(library, cache);
        File.WriteAllText(Path.Combine(folder.FullPath, "pets.md"), ReloadSite.Guide("Pets Compared Again"));
        var current = library.Apply(["pets.md"]);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(oldGuide.TryGetTarget(out _), "the old guide is still alive");
        Assert.False(oldSet.TryGetTarget(out _), "the old content set is still alive");
        Assert.False(cache.TryGet("/guides/pets", current, out _));
    }

    [Fact]
    public void APageOfUnchangedGuides_StaysCurrentAcrossAReload()
    {
        using var folder = TempFolder.Create("cache-current", ("pets.md", ReloadSite.Guide("Pets Compared")), ("other.md", ReloadSite.Guide("Other")));
        var library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System);
        using var cache = new PageCache(Options.Create(new PageCacheOptions()), TimeProvider.System);
        var first = library.LoadAll();
        cache.Store("/guides/pets", first, PageDependencies.Of([first.BySlug["pets"]]), "<html>pets</html>"u8.ToArray(), "text/html");

        File.WriteAllText(Path.Combine(folder.FullPath, "other.md"), ReloadSite.Guide("Other Again"));
        var second = library.Apply(["other.md"]);
        GC.Collect();

        Assert.True(cache.TryGet("/guides/pets", second, out var page));
        Assert.Equal("<html>pets</html>"u8.ToArray(), page.Body);
    }

    [Fact]
    public void APage_IsKeptForTheDayItWasRenderedOn_SoAGuideFallingDueForReviewShowsSoTheNextDay()
    {
        using var folder = TempFolder.Create("cache-day", ("pets.md", ReloadSite.Guide("Pets Compared")));
        var set = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System).LoadAll();
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 23, 0, 0, TimeSpan.Zero));
        using var cache = new PageCache(Options.Create(new PageCacheOptions()), clock);
        cache.Store("/guides/pets", set, PageDependencies.Of([set.BySlug["pets"]]), "<html>pets</html>"u8.ToArray(), "text/html");

        clock.Advance(TimeSpan.FromMinutes(59));
        Assert.True(cache.TryGet("/guides/pets", set, out _));
        clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(cache.TryGet("/guides/pets", set, out _));

        // A page whose rendering began before midnight belongs to the day before, however late it is stored.
        cache.Store("/guides/pets", set, PageDependencies.Of([set.BySlug["pets"]]), "<html>pets</html>"u8.ToArray(), "text/html", day: new DateOnly(2027, 3, 1));
        Assert.False(cache.TryGet("/guides/pets", set, out _));
    }

    [Fact]
    public void ThePagesKept_StayWithinMaxBytes_AndTheNewestAreServed()
    {
        using var folder = TempFolder.Create("cache-bound", ("pets.md", ReloadSite.Guide("Pets Compared")));
        var library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System);
        var set = library.LoadAll();
        using var cache = new PageCache(Options.Create(new PageCacheOptions { MaxBytes = 100 * 1024 }), TimeProvider.System);
        var random = new Random(7);

        for (var i = 0; i < 60; i++)
        {
            var body = new byte[10 * 1024]; // random bytes: no compressed copy is smaller, so each page is about 10 KB
            random.NextBytes(body);
            cache.Store($"/page/{i}", set, null, body, "text/html"); // one after the other: no time for a compaction in the background
        }

        // An evicted page leaves the lookup when the cache's eviction callback has run, on the thread pool.
        var served = 0;
        SpinWait.SpinUntil(() => (served = Enumerable.Range(0, 60).Count(i => cache.TryGet($"/page/{i}", set, out _))) <= 10, TimeSpan.FromSeconds(5));
        Assert.InRange(served, 1, 10);
        Assert.True(cache.TryGet("/page/59", set, out _), "the newest page was not kept");
    }

    [Fact]
    public void APage_MakesEachCompressedForm_OnlyWhenAClientAsksForIt()
    {
        using var folder = TempFolder.Create("cache-forms", ("pets.md", ReloadSite.Guide("Pets Compared")));
        var set = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System).LoadAll();
        using var cache = new PageCache(Options.Create(new PageCacheOptions()), TimeProvider.System);
        var body = System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<p>Flask or Django for a small team?</p>\n", 200)));

        var page = cache.Store("/guides/pets", set, null, body, "text/html");
        Assert.Equal(body.Length + 256, page.Size); // a plain request costs no compression

        var brotli = Assert.IsType<byte[]>(page.Brotli);
        Assert.InRange(brotli.Length, 1, body.Length / 4);
        Assert.Equal(body.Length + brotli.Length + 256, page.Size);
        Assert.Same(brotli, page.Brotli); // made once

        var gzip = Assert.IsType<byte[]>(page.Gzip);
        Assert.Equal(body.Length + brotli.Length + gzip.Length + 256, page.Size);
    }

    [Fact]
    public void CompressedFormsMadeLater_CountTowardsMaxBytes()
    {
        using var folder = TempFolder.Create("cache-forms-bound", ("pets.md", ReloadSite.Guide("Pets Compared")));
        var set = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System).LoadAll();
        using var cache = new PageCache(Options.Create(new PageCacheOptions { MaxBytes = 100 * 1024 }), TimeProvider.System);
        var random = new Random(11);
        var pages = Enumerable.Range(0, 8).Select(i =>
        {
            var bytes = new byte[7 * 1024];
            random.NextBytes(bytes);
            // 9.3 KB of base64 text: each compressed form is about three quarters of it.
            return cache.Store($"/page/{i}", set, null, System.Text.Encoding.ASCII.GetBytes(Convert.ToBase64String(bytes)), "text/html");
        }).ToList();
        Assert.Equal(8, Enumerable.Range(0, 8).Count(i => cache.TryGet($"/page/{i}", set, out _))); // 76 KB: all fit

        foreach (var page in pages)
        {
            _ = page.Brotli;
            _ = page.Gzip;
        }

        // Each page now holds about 24 KB: no more than four fit in 100 KB, and the cache must notice.
        var served = 0;
        SpinWait.SpinUntil(() => (served = Enumerable.Range(0, 8).Count(i => cache.TryGet($"/page/{i}", set, out _))) <= 4, TimeSpan.FromSeconds(5));
        Assert.InRange(served, 1, 4);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference<Guide> Guide, WeakReference<ContentSet> Set) CachePageOfFirstVersion(ContentLibrary library, PageCache cache)
    {
        var set = library.LoadAll();
        var guide = set.BySlug["pets"];
        cache.Store("/guides/pets", set, PageDependencies.Of([guide]), "<html>old</html>"u8.ToArray(), "text/html");
        return (new WeakReference<Guide>(guide), new WeakReference<ContentSet>(set));
    }
}
