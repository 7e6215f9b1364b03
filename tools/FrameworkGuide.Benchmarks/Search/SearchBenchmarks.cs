using BenchmarkDotNet.Attributes;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Search;
using Lucene.Net.Search;

namespace FrameworkGuide.Benchmarks.Search;

/// <summary>
/// One search of the index of N guides, as the site asks it (the 20 best hits and how many match),
/// with each word's fields summed by <see cref="AnyFieldQuery"/> against the same query scored by
/// Lucene's own scorers (the baseline). The queries are those of tools/load/scale.sh (words in a few
/// guides, and words in most guides and in most of their fields) and a rare word with common ones,
/// whose common words <see cref="LuceneQuery.For"/> leaves to Lucene's scorer.
/// </summary>
[MemoryDiagnoser]
public class SearchBenchmarks : IDisposable
{
    private GuideAnalyzer analyzer = null!;
    private SearchIndex index = null!;
    private SearchQuery query = null!;

    /// <summary>10,000 guides; 200 in a smoke run, which only checks that the benchmark runs.</summary>
    public static IEnumerable<int> GuideCounts => SmokeRun.Active ? [200] : [10_000];

    [ParamsSource(nameof(GuideCounts))]
    public int Guides { get; set; }

    [Params("flask", "postgresql mysql", "small teams", "decision table", "kafka rabbitmq messaging", "kafka small teams")]
    public string Text { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        using var folder = SyntheticFolder.Create(Guides);
        var set = new ContentLibrary(ContentParts.Reader(), folder.Path, TimeProvider.System).LoadAll();
        ContentParts.EnsureClean(set, Guides);
        analyzer = new GuideAnalyzer();
        index = SearchIndex.Build(set, analyzer);
        query = SearchQuery.Parse(Text, analyzer);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        index.Dispose();
        analyzer.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "Lucene's scorers")]
    public int ScoredByLucene() => Search(LuceneQuery.ScoredByLucene(query, everyWord: true));

    [Benchmark(Description = "LuceneQuery.For (AnyFieldQuery)")]
    public int Summed() => Search(LuceneQuery.For(query, everyWord: true, index.Searcher.IndexReader));

    private int Search(Query search) => index.Searcher.Search(search, GuideSearch.MaxResults).TotalHits;
}
