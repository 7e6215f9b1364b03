using FrameworkGuide.Content.Loading;

namespace FrameworkGuide.Web.Content;

/// <summary>Loads the content folder when the site starts, before it answers requests.</summary>
public sealed partial class ContentLoadingService(
    ContentLoader loader,
    ContentFolder folder,
    ContentStore store,
    ILogger<ContentLoadingService> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            var set = loader.Load(folder.FullPath);
            store.Replace(set);
            LogLoaded(set);
        }
        catch (DirectoryNotFoundException)
        {
            LogMissingFolder(folder.FullPath);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void LogLoaded(ContentSet set)
    {
        foreach (var diagnostic in set.Diagnostics)
        {
            var path = folder.DisplayPath(diagnostic.Path);
            if (diagnostic.IsError)
            {
                LogContentError(path, diagnostic.Line, diagnostic.Message);
            }
            else
            {
                LogContentWarning(path, diagnostic.Line, diagnostic.Message);
            }
        }

        LogSummary(set.Guides.Count, folder.FullPath, set.Duration.TotalMilliseconds, set.RejectedCount, set.ErrorCount, set.WarningCount);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Path}:{Line}: error: {Message}")]
    private partial void LogContentError(string path, int line, string message);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Path}:{Line}: warning: {Message}")]
    private partial void LogContentWarning(string path, int line, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {GuideCount} guides from {ContentPath} in {ElapsedMs:0.0} ms: {RejectedCount} files rejected, {ErrorCount} errors, {WarningCount} warnings")]
    private partial void LogSummary(int guideCount, string contentPath, double elapsedMs, int rejectedCount, int errorCount, int warningCount);

    [LoggerMessage(Level = LogLevel.Error, Message = "Content folder {ContentPath} does not exist: serving no guides (set Guide:ContentPath)")]
    private partial void LogMissingFolder(string contentPath);
}
