using System.Diagnostics;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Content;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Editing;

/// <summary>
/// Loads the content folder before the site answers its first request, then keeps it current:
/// each batch of changes re-parses only the files that changed and swaps in a whole new
/// <see cref="ContentSet"/>, so a request sees the old set or the new one, never a mix, and
/// never waits on parsing.
/// </summary>
public sealed partial class ContentReloader(
    ContentLibrary library,
    ContentStore store,
    ContentEvents events,
    IContentChangeSource changeSource,
    ContentFolder folder,
    TimeProvider clock,
    IOptions<GuideOptions> options,
    ILogger<ContentReloader> logger) : BackgroundService
{
    private long version;
    private Task cacheSaved = Task.CompletedTask;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        Swap(Load(library.LoadAll), initial: true);
        if (library.Cache is { } cache)
        {
            LogCacheUsed(cache.Hits, cache.Misses, cache.File);
            if (cache.Problem is { } problem)
            {
                LogCacheUnusable(cache.File, problem);
            }

            // Writing the results of thousands of guides takes a while: the site answers meanwhile.
            cacheSaved = Task.Run(SaveCache, CancellationToken.None);
        }

        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken);
        await cacheSaved;
        SaveCache();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Watch || !Directory.Exists(folder.FullPath))
        {
            return;
        }

        var changes = changeSource.Watch(folder.FullPath);
        var quiet = TimeSpan.FromMilliseconds(options.Value.ReloadQuietMilliseconds);
        try
        {
            await foreach (var batch in ChangeBatcher.BatchAsync(changes, clock, quiet, quiet * 10, stoppingToken))
            {
                Swap(Load(() => batch.Rescan ? library.LoadAll() : library.Apply(batch.Paths)), initial: false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private ContentSet? Load(Func<ContentSet> load)
    {
        try
        {
            return load();
        }
        catch (DirectoryNotFoundException)
        {
            LogMissingFolder(folder.FullPath);
        }
        catch (IOException error)
        {
            LogReloadFailed(error, folder.FullPath);
        }

        return null;
    }

    private void Swap(ContentSet? next, bool initial)
    {
        if (next is null)
        {
            return;
        }

        var previous = store.Current;
        store.Replace(next);
        LogChangedDiagnostics(previous, next);
        var changed = ChangedSlugs(previous, next);
        if (initial)
        {
            LogLoaded(next.Guides.Count, folder.FullPath, next.Duration.TotalMilliseconds, next.RejectedCount, next.ErrorCount, next.WarningCount);
            return;
        }

        LogReloaded(next.Guides.Count, next.Duration.TotalMilliseconds, changed.Count, next.ErrorCount);
        events.Publish(new ContentReloaded(Interlocked.Increment(ref version), changed));
    }

    /// <summary>Writes the parse cache when anything changed; a cache that cannot be written only costs the next start its speed.</summary>
    private void SaveCache()
    {
        try
        {
            var clockStart = Stopwatch.GetTimestamp();
            if (library.SaveCache())
            {
                var elapsed = Stopwatch.GetElapsedTime(clockStart);
                LogCacheSaved(library.Cache!.File, elapsed.TotalMilliseconds);
            }
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            LogCacheNotSaved(error, library.Cache?.File);
        }
    }

    /// <summary>Logs the problems of each file whose problems differ from the last set's.</summary>
    private void LogChangedDiagnostics(ContentSet previous, ContentSet next)
    {
        foreach (var file in next.Files)
        {
            if (previous.FindFile(file.Path) is { } old && old.Diagnostics.SequenceEqual(file.Diagnostics) && old.ServingLastGood == file.ServingLastGood)
            {
                continue;
            }

            foreach (var diagnostic in file.Diagnostics)
            {
                var path = folder.DisplayPath(diagnostic.Path);
                if (diagnostic.IsError && file.ServingLastGood)
                {
                    LogServingLastGood(path, diagnostic.Line, diagnostic.Message);
                }
                else if (diagnostic.IsError)
                {
                    LogContentError(path, diagnostic.Line, diagnostic.Message);
                }
                else
                {
                    LogContentWarning(path, diagnostic.Line, diagnostic.Message);
                }
            }
        }
    }

    private static List<string> ChangedSlugs(ContentSet previous, ContentSet next) =>
        previous.BySlug.Keys.Union(next.BySlug.Keys)
            .Where(slug => !ReferenceEquals(previous.BySlug.GetValueOrDefault(slug), next.BySlug.GetValueOrDefault(slug)))
            .Order(StringComparer.Ordinal)
            .ToList();

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path}:{Line}: error: {Message}")]
    private partial void LogContentError(string path, int line, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}:{Line}: error: {Message} (serving the last good version of this guide)")]
    private partial void LogServingLastGood(string path, int line, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}:{Line}: warning: {Message}")]
    private partial void LogContentWarning(string path, int line, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {GuideCount} guides from {ContentPath} in {ElapsedMs:0.0} ms: {RejectedCount} files rejected, {ErrorCount} errors, {WarningCount} warnings")]
    private partial void LogLoaded(int guideCount, string contentPath, double elapsedMs, int rejectedCount, int errorCount, int warningCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Reloaded content in {ElapsedMs:0.0} ms: {GuideCount} guides, {ChangedCount} changed, {ErrorCount} errors")]
    private partial void LogReloaded(int guideCount, double elapsedMs, int changedCount, int errorCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parse cache: {HitCount} files from the cache, {MissCount} parsed ({CacheFile})")]
    private partial void LogCacheUsed(int hitCount, int missCount, string cacheFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse cache {CacheFile} not used: {Problem}; every file was parsed")]
    private partial void LogCacheUnusable(string cacheFile, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Parse cache written to {CacheFile} in {ElapsedMs:0.0} ms")]
    private partial void LogCacheSaved(string cacheFile, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Parse cache {CacheFile} could not be written; the next start parses every file")]
    private partial void LogCacheNotSaved(Exception error, string? cacheFile);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content folder {ContentPath} does not exist: serving no guides (set Guide:ContentPath)")]
    private partial void LogMissingFolder(string contentPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the content folder {ContentPath} failed; the site keeps serving the last set")]
    private partial void LogReloadFailed(Exception error, string contentPath);
}
