using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.Benchmarks.Parsing;

/// <summary>Parsing one ~4 KB guide into its page model: Markdig, front matter, the parts rendered to HTML, the checks.</summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private GuideParser parser = null!;
    private string text = "";

    [GlobalSetup]
    public void Setup()
    {
        parser = ContentParts.Parser(new GuideMarkdown());
        text = GuideText.Write(index: 42, count: 1000);
        if (Parse().Guide is null)
        {
            throw new InvalidOperationException("the synthetic guide does not parse");
        }
    }

    [Benchmark(Description = "GuideParser.Parse (one ~4 KB guide)")]
    public ParseResult Parse() => parser.Parse("guide-0042.md", text);
}
