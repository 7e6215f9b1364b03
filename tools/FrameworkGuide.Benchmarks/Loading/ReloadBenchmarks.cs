using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Loading;

namespace FrameworkGuide.Benchmarks.Loading;

/// <summary>
/// The reload paths of the running site on N guide files in a temporary folder: a full load (read
/// and parse every file in parallel, then build the set, as at start or on a rescan) and a one-file
/// reload (re-read one file, rebuild the set over all N, as after an editor's save); and the full
/// load of a restart, which finds every file in the parse cache the last run wrote.
/// </summary>
[MemoryDiagnoser]
public class ReloadBenchmarks
{
    private SyntheticFolder folder = null!;
    private ContentFileReader reader = null!;
    private ContentLibrary library = null!;
    private string[] changed = [];
    private string cacheFolder = "";

    [Params(1000)]
    public int Guides { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = SyntheticFolder.Create(Guides);
        reader = ContentParts.Reader();
        library = new ContentLibrary(reader, folder.Path, TimeProvider.System);
        ContentParts.EnsureClean(library.LoadAll(), Guides);
        changed = [folder.PathOf(Guides / 2)];
        cacheFolder = Directory.CreateTempSubdirectory("fg-bench-parse-cache-").FullName;
        var cached = new ContentLibrary(reader, folder.Path, TimeProvider.System, ParseCache.Open(cacheFolder, folder.Path));
        cached.LoadAll();
        cached.SaveCache();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        folder.Dispose();
        Directory.Delete(cacheFolder, recursive: true);
    }

    [Benchmark(Description = "ContentLibrary.LoadAll (full load of N files)")]
    public ContentSet FullLoad() => new ContentLibrary(reader, folder.Path, TimeProvider.System).LoadAll();

    [Benchmark(Description = "ContentLibrary.LoadAll from the parse cache (restart)")]
    public ContentSet FullLoadFromCache()
    {
        var cache = ParseCache.Open(cacheFolder, folder.Path);
        var set = new ContentLibrary(reader, folder.Path, TimeProvider.System, cache).LoadAll();
        return cache.Misses == 0 ? set : throw new InvalidOperationException("a file was parsed: the cache missed it");
    }

    [Benchmark(Description = "ContentLibrary.Apply (one file changed)")]
    public ContentSet OneFileReload() => library.Apply(changed);
}
