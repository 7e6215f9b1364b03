using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Loading;

namespace FrameworkGuide.Benchmarks.Loading;

/// <summary>
/// The reload paths of the running site on N guide files in a temporary folder: a full load (read
/// and parse every file in parallel, then build the set, as at start or on a rescan) and a one-file
/// reload (re-read one file, rebuild the set over all N, as after an editor's save).
/// </summary>
[MemoryDiagnoser]
public class ReloadBenchmarks
{
    private SyntheticFolder folder = null!;
    private ContentFileReader reader = null!;
    private ContentLibrary library = null!;
    private string[] changed = [];

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
    }

    [GlobalCleanup]
    public void Cleanup() => folder.Dispose();

    [Benchmark(Description = "ContentLibrary.LoadAll (full load of N files)")]
    public ContentSet FullLoad() => new ContentLibrary(reader, folder.Path, TimeProvider.System).LoadAll();

    [Benchmark(Description = "ContentLibrary.Apply (one file changed)")]
    public ContentSet OneFileReload() => library.Apply(changed);
}
