using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.Benchmarks.Loading;

/// <summary>
/// Putting N parsed guides together into a content set: slugs, aliases, every cross-guide link
/// checked, the index sorted, tags grouped; with and without an old address for every guide.
/// Every reload, even of one file, does this over all N, so it is measured at 10,000 guides too.
/// </summary>
[MemoryDiagnoser]
public class BuildBenchmarks
{
    private List<(string Path, ParseResult Result)> files = [];

    [Params(1000, 10000)]
    public int Guides { get; set; }

    /// <summary>Whether every guide keeps an old address (<c>aliases:</c>), as guides do once renamed.</summary>
    [Params(false, true)]
    public bool Aliases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var parser = ContentParts.Parser(new GuideMarkdown());
        files = Enumerable.Range(1, Guides)
            .Select(index => (GuideText.FileName(index), parser.Parse(GuideText.FileName(index), Text(index))))
            .ToList();
        var set = ContentParts.EnsureClean(Build(), Guides);
        if (set.Aliases.Count != (Aliases ? Guides : 0))
        {
            throw new InvalidOperationException($"expected {(Aliases ? Guides : 0)} aliases, got {set.Aliases.Count}");
        }
    }

    private string Text(int index)
    {
        var text = GuideText.Write(index, Guides);
        return Aliases ? text.Replace("\ntitle:", $"\naliases: [/guides/old-name-{index}]\ntitle:", StringComparison.Ordinal) : text;
    }

    [Benchmark(Description = "ContentSetBuilder.Build (validate and assemble N parsed guides)")]
    public ContentSet Build() => ContentSetBuilder.Build(files, TimeSpan.Zero);
}
