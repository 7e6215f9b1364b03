using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Synthetic;
using Markdig.Syntax;

namespace FrameworkGuide.Benchmarks.Parsing;

/// <summary>The site's Markdig pipeline alone on one ~4 KB guide: markdown to a syntax tree, and the tree to HTML.</summary>
[MemoryDiagnoser]
public class MarkdownBenchmarks
{
    private readonly GuideMarkdown markdown = new();
    private string text = "";
    private MarkdownDocument document = null!;

    [GlobalSetup]
    public void Setup()
    {
        text = GuideText.Write(index: 42, count: 1000);
        document = markdown.Parse(text);
    }

    [Benchmark(Description = "GuideMarkdown.Parse (markdown to AST)")]
    public MarkdownDocument ParseMarkdown() => markdown.Parse(text);

    [Benchmark(Description = "GuideMarkdown.RenderBlocks (AST to HTML)")]
    public string RenderHtml() => markdown.RenderBlocks(document);
}
