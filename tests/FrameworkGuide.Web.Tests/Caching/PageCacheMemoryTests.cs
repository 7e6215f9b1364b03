using System.Runtime.CompilerServices;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Caching;
using FrameworkGuide.Web.Tests.Editing;
using Microsoft.Extensions.Options;

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
        cache.Store("/guides/pets", first, new PageDependencies([first.BySlug["pets"]]), "<html>pets</html>"u8.ToArray(), "text/html");

        File.WriteAllText(Path.Combine(folder.FullPath, "other.md"), ReloadSite.Guide("Other Again"));
        var second = library.Apply(["other.md"]);
        GC.Collect();

        Assert.True(cache.TryGet("/guides/pets", second, out var page));
        Assert.Equal("<html>pets</html>"u8.ToArray(), page.Body);
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

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference<Guide> Guide, WeakReference<ContentSet> Set) CachePageOfFirstVersion(ContentLibrary library, PageCache cache)
    {
        var set = library.LoadAll();
        var guide = set.BySlug["pets"];
        cache.Store("/guides/pets", set, new PageDependencies([guide]), "<html>old</html>"u8.ToArray(), "text/html");
        return (new WeakReference<Guide>(guide), new WeakReference<ContentSet>(set));
    }
}
