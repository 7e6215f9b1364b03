using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.Benchmarks.Loading;

/// <summary>
/// Putting N parsed guides together into a content set: slugs, aliases, every cross-guide link
/// checked, the index sorted, tags grouped. Every reload, even of one file, does this over all N.
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private List<(string Path, ParseResult Result)> files = [];

    [Params(1000)]
    public int Guides { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parser = ContentParts.Parser(new GuideMarkdown());
        files = Enumerable.Range(1, Guides)
            .Select(index => (GuideText.FileName(index), parser.Parse(GuideText.FileName(index), GuideText.Write(index, Guides))))
            .ToList();
        ContentParts.EnsureClean(Build(), Guides);
    }

    [Benchmark(Description = "ContentSetBuilder.Build (validate and assemble N parsed guides)")]
    public ContentSet Build() => ContentSetBuilder.Build(files, TimeSpan.Zero);
}
