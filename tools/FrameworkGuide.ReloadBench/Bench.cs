using FrameworkGuide.ReloadBench.Generation;
using FrameworkGuide.ReloadBench.Reporting;
using FrameworkGuide.ReloadBench.Scenarios;
using FrameworkGuide.ReloadBench.Site;
using FrameworkGuide.Synthetic;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.ReloadBench;

/// <summary>
/// One run: generate the guides, start the site on them, time single-file edits and bulk changes
/// while background readers use the site, print the figures. The site is killed and the folder
/// deleted however the run ends.
/// </summary>
internal static class Bench
{
    public static async Task<int> RunAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var webDirectory = RepoPaths.WebDirectory(options.WebDirectory);
        if (RepoPaths.NewerSource(webDirectory) is { } newer)
        {
            await Console.Error.WriteLineAsync($"Warning: {newer} is newer than the built site in {webDirectory}; rebuild with `dotnet build -c Release src/FrameworkGuide.Web` to measure the current code.");
        }

        var run = Convert.ToHexStringLower(BitConverter.GetBytes(Environment.TickCount64))[..6];
        using var folder = GuideFolder.Create();
        SiteProcess<ReloadLog>? site = null;
        // Signals cancel the caller's token; this covers any other way the process exits.
        EventHandler cleanUp = (_, _) =>
        {
            site?.Dispose();
            folder.Dispose();
        };
        AppDomain.CurrentDomain.ProcessExit += cleanUp;
        try
        {
            Console.WriteLine($"Writing {options.Guides} guides to {folder.Content} ...");
            var bytes = 0L;
            for (var index = 1; index <= options.Guides; index++)
            {
                var text = GuideText.Write(index, options.Guides, $"{run}s0000x");
                folder.WriteInPlace(index, text);
                bytes += new FileInfo(folder.PathOf(index)).Length;
            }

            Console.WriteLine($"Starting the site from {webDirectory} ...");
            site = await SiteProcess.StartAsync(webDirectory, folder.Content, new ReloadLog(), new Dictionary<string, string>(), cancellationToken);
            Console.WriteLine($"Site ready at {site.Address} after {site.StartupTime.TotalMilliseconds:0} ms.");

            using var pollClient = SiteClient.Create(site.Address);
            using var readerClient = SiteClient.Create(site.Address);
            var poller = new PagePoller(pollClient);
            var readers = new BackgroundReaders(readerClient, options.Guides);
            using var stopReaders = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var reading = readers.RunAsync(stopReaders.Token);

            Console.WriteLine($"Timing {options.Edits} single-file edits ...");
            var edits = await SingleFileEdits.RunAsync(folder, poller, site.Log, options.Guides, options.Edits, run, cancellationToken);
            Console.WriteLine($"Timing {options.BulkRounds} bulk changes of {options.Guides} files ...");
            var bulk = await BulkChange.RunAsync(folder, poller, site.Log, options.Guides, options.BulkRounds, run, cancellationToken);

            await stopReaders.CancelAsync();
            await reading;
            cancellationToken.ThrowIfCancellationRequested();

            Console.WriteLine();
            return BenchReport.Print(
                new BenchResults
                {
                    Options = options,
                    WebDirectory = webDirectory,
                    AverageGuideBytes = (double)bytes / options.Guides,
                    Startup = site.StartupTime,
                    InitialLoad = site.Log.Initial,
                    Edits = edits,
                    Bulk = bulk,
                    BackgroundRequests = readers.Requests,
                    BackgroundFailures = readers.FailureCount,
                    FirstBackgroundFailures = readers.FirstFailures,
                    PollRequests = poller.Requests,
                    PollFailures = poller.FailureCount,
                    FirstPollFailures = poller.FirstFailures,
                    SiteProblemLines = site.Log.ProblemCount,
                    FirstSiteProblems = site.Log.FirstProblems,
                },
                Console.Out);
        }
        finally
        {
            site?.Dispose();
            AppDomain.CurrentDomain.ProcessExit -= cleanUp;
        }
    }
}
