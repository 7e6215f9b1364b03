using System.Diagnostics;
using System.Threading.Channels;
using FrameworkGuide.Web.Content;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// Keeps the search index in step with the content: the first index is built in the background as
/// soon as the site has started, so the first pages do not wait for it (searches in that moment
/// wait for it instead), and each content reload indexes the guides it changed in the background
/// (<see cref="SearchIndexWriter"/>) while searches go on using the previous index. Reloads that
/// come while indexing runs fold into one.
/// </summary>
public sealed partial class SearchIndexer(
    ContentStore store,
    SearchIndexes indexes,
    GuideAnalyzer analyzer,
    GuideTermStore terms,
    ILogger<SearchIndexer> logger) : BackgroundService
{
    private readonly SearchIndexWriter writer = new(analyzer);

    private readonly Channel<bool> changes = Channel.CreateBounded<bool>(
        new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite, SingleReader = true });

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        store.Replaced += OnReplaced;
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        store.Replaced -= OnReplaced;
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        Rebuild();
        try
        {
            await foreach (var _ in changes.Reader.ReadAllAsync(stoppingToken))
            {
                Rebuild();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private void OnReplaced(object? sender, EventArgs e) => changes.Writer.TryWrite(true);

    /// <summary>Indexes the store's current set, unless the index already has it.</summary>
    private void Rebuild()
    {
        var set = store.Current;
        if (ReferenceEquals(set, indexes.Set))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        int changed;
        try
        {
            (var index, changed) = writer.Index(set);
            indexes.Publish(index);
        }
        catch (Exception error) // A failed build must not stop the site: searches keep the last index.
        {
            LogIndexFailed(error, set.Guides.Count);
            return;
        }

        var indexed = clock.Elapsed.TotalMilliseconds;
        try
        {
            // Searches go on meanwhile; a hit whose terms are not made yet has them made there.
            terms.Add(set.Guides);
        }
        catch (Exception error) // The new index serves; its hits make their terms when shown.
        {
            LogTermsFailed(error, set.Guides.Count);
        }

        LogIndexed(set.Guides.Count, indexed, changed, clock.Elapsed.TotalMilliseconds - indexed);
    }

    public override void Dispose()
    {
        base.Dispose();
        writer.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Indexed {GuideCount} guides for search in {ElapsedMs:0.0} ms ({ChangedCount} added, changed or removed), their terms in {TermsMs:0.0} ms")]
    private partial void LogIndexed(int guideCount, double elapsedMs, int changedCount, double termsMs);

    [LoggerMessage(Level = LogLevel.Error, Message = "Making the search terms of {GuideCount} guides failed; a search makes a hit's terms when it shows it")]
    private partial void LogTermsFailed(Exception error, int guideCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Indexing {GuideCount} guides for search failed; searches keep using the last index")]
    private partial void LogIndexFailed(Exception error, int guideCount);
}
