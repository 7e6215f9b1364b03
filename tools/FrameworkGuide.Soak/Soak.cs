using System.Diagnostics;
using System.Globalization;
using FrameworkGuide.Soak.Guides;
using FrameworkGuide.Soak.Reading;
using FrameworkGuide.Soak.Reporting;
using FrameworkGuide.Soak.Site;
using FrameworkGuide.Soak.Writing;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.Soak;

/// <summary>
/// One soak: generate the guides, start the site on them, warm it up, then run the readers and the
/// writer process for the given time, check that every guide ends as the writer left it, and print
/// the figures. The site and the writer are killed and the folder deleted however the run ends.
/// </summary>
internal static class Soak
{
    /// <summary>
    /// The one setting of the soak's site that differs from production besides the request logs:
    /// every reader shares one client address, and the per-client limit on search and decision
    /// results (20 a second) would otherwise answer most of them 429.
    /// </summary>
    public const int PermitsPerSecond = 100_000;

    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);
    private static readonly Dictionary<string, string> SiteSettings = new()
    {
        ["Security__PermitsPerSecond"] = PermitsPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static readonly TimeSpan ProgressEvery = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan WriterGrace = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(SoakOptions options, CancellationToken cancellationToken)
    {
        var webDirectory = RepoPaths.WebDirectory(options.WebDirectory);
        if (RepoPaths.NewerSource(webDirectory) is { } newer)
        {
            await Console.Error.WriteLineAsync($"Warning: {newer} is newer than the built site in {webDirectory}; rebuild with `dotnet build -c Release src/FrameworkGuide.Web` to soak the current code.");
        }

        using var siteTranscript = Transcript(options.LogDirectory, "site.log");
        using var writerTranscript = Transcript(options.LogDirectory, "writer.log");
        var started = DateTimeOffset.UtcNow;
        var loadAtStart = Machine.LoadAverage();
        using var folder = ScratchFolder.Create("soak");
        SiteProcess<SiteLog>? site = null;
        WriterProcess? writer = null;
        // Signals cancel the caller's token; this covers any other way the process exits.
        EventHandler cleanUp = (_, _) =>
        {
            writer?.Dispose();
            site?.Dispose();
            folder.Dispose();
        };
        AppDomain.CurrentDomain.ProcessExit += cleanUp;
        try
        {
            Console.WriteLine($"Writing {options.Guides} guides to {folder.Content} ...");
            WriteGuides(folder.Content, options.Guides);

            Console.WriteLine($"Starting the site from {webDirectory} ...");
            site = await SiteProcess.StartAsync(webDirectory, folder.Content, new SiteLog(siteTranscript), SiteSettings, cancellationToken);
            var memory = new MemorySampler(site.Id);
            var memoryAtStart = memory.Read();
            Console.WriteLine($"Site ready at {site.Address} (pid {site.Id}) after {site.StartupTime.TotalMilliseconds:0} ms.");

            using var compressed = SiteClient.Create(site.Address, compressed: true);
            using var plain = SiteClient.Create(site.Address, compressed: false);
            var facts = await SiteFacts.ReadAsync(plain, GuideIds.Slug(1, 0), cancellationToken);
            var book = new SlugBook(Enumerable.Range(1, options.Guides).Where(id => GuideIds.IsVolatile(id, options.Guides)).Select(id => GuideIds.Slug(id, 0)));
            var picker = new PagePicker(facts, book, options.Guides);
            var readers = new Readers(compressed, plain, picker, new PageCheck(new VersionHistory()));

            // Every page once first, so the page cache holds them all and the memory after the
            // warm-up is the site's full working set, not a cache still filling up.
            var crawl = picker.Everything().ToList();
            Console.WriteLine($"Warming up: every page once ({crawl.Count:N0} pages), then {WarmUp.TotalSeconds:0} s with {options.Readers} readers ...");
            var warmUp = new Tally();
            var warmUpClock = Stopwatch.StartNew();
            await readers.CrawlAsync(crawl, options.Readers, warmUp, cancellationToken);
            await readers.RunAsync(options.Readers, WarmUp, options.Seed, warmUp, cancellationToken);
            var warmUpDuration = warmUpClock.Elapsed;
            var memoryAfterWarmUp = memory.Read();

            Console.WriteLine($"Soaking for {options.Seconds} s: {options.Readers} readers, a writer process making {options.WritesPerSecond} changes a second ...");
            var soakClock = Stopwatch.StartNew();
            writer = options.WritesPerSecond > 0
                ? WriterProcess.Start(new WriterOptions(folder.Content, folder.Staging, options.Guides, options.WritesPerSecond, options.Seconds, options.Seed), book, writerTranscript)
                : null;
            using var stopSampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var sampling = memory.RunAsync(soakClock, stopSampling.Token);
            var tally = new Tally();
            var reading = readers.RunAsync(options.Readers, TimeSpan.FromSeconds(options.Seconds), options.Seed + 1, tally, cancellationToken);
            await ShowProgressAsync(reading, tally, writer, memory, soakClock, cancellationToken);
            await reading;
            var soakDuration = soakClock.Elapsed;
            var memoryAtEnd = memory.Read();
            await stopSampling.CancelAsync();
            await sampling;
            var siteExitCode = site.ExitCode;

            WriterFigures? writerFigures = null;
            ConvergenceResult? convergence = null;
            if (writer is not null)
            {
                var (done, failed, elapsed) = await WaitForWriterAsync(writer, cancellationToken);
                writerFigures = new WriterFigures(writer.Counts, done, failed, writer.ErrorCount, writer.FirstErrors, elapsed);
                Console.WriteLine($"Checking that all {writer.Ends.Count} guides show what the writer left ...");
                convergence = await Convergence.CheckAsync(plain, writer.Ends, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            Console.WriteLine();
            return SoakReport.Print(
                new SoakResults
                {
                    Options = options,
                    WebDirectory = webDirectory,
                    Started = started,
                    LoadAtStart = loadAtStart,
                    Startup = site.StartupTime,
                    InitialLoad = site.Log.Initial,
                    WarmUpDuration = warmUpDuration,
                    WarmUp = warmUp,
                    SoakDuration = soakDuration,
                    Soak = tally,
                    Writer = writerFigures,
                    Convergence = convergence,
                    Memory = new MemoryFigures(memoryAtStart, memoryAfterWarmUp, memory.Samples, memoryAtEnd),
                    SiteLog = site.Log,
                    SiteExitCode = siteExitCode ?? site.ExitCode,
                },
                Console.Out);
        }
        finally
        {
            writer?.Dispose();
            site?.Dispose();
            AppDomain.CurrentDomain.ProcessExit -= cleanUp;
        }
    }

    /// <summary>A file in the log folder that many threads may write lines to; <c>null</c> when no log folder was asked for.</summary>
    private static TextWriter? Transcript(string? folder, string name)
    {
        if (folder is null)
        {
            return null;
        }

        Directory.CreateDirectory(folder);
        return TextWriter.Synchronized(new StreamWriter(Path.Combine(folder, name), append: false) { AutoFlush = true });
    }

    /// <summary>Writes version 1 of every guide, after checking that each part of the synthetic text got its marker.</summary>
    private static void WriteGuides(string content, int count)
    {
        for (var id = 1; id <= count; id++)
        {
            var text = MarkedGuideText.Write(id, version: 1, broken: false, aliases: [], count);
            if (id == 1 && MarkedGuideText.PlacesIn(text) is var places && places != new string(Place.All.Order().ToArray()))
            {
                throw new ToolException($"the synthetic guide text has changed shape: only the parts '{places}' of '{Place.All}' got a version marker (see Guides/MarkedGuideText.cs)");
            }

            File.WriteAllText(Path.Combine(content, GuideIds.Slug(id, 0) + ".md"), text);
        }
    }

    private static async Task<(long Done, long Failed, TimeSpan Elapsed)> WaitForWriterAsync(WriterProcess writer, CancellationToken cancellationToken)
    {
        try
        {
            return await writer.WaitAsync(WriterGrace, cancellationToken);
        }
        catch (TimeoutException error)
        {
            throw new ToolException($"the writer did not finish within {WriterGrace.TotalSeconds:0} s of the end", error);
        }
    }

    /// <summary>Prints a line every 10 s until the readers are done: answers, problems, writer operations, the site's memory.</summary>
    private static async Task ShowProgressAsync(Task reading, Tally tally, WriterProcess? writer, MemorySampler memory, Stopwatch clock, CancellationToken cancellationToken)
    {
        var last = 0L;
        for (var next = ProgressEvery; !reading.IsCompleted && !cancellationToken.IsCancellationRequested; next += ProgressEvery)
        {
            var wait = next - clock.Elapsed;
            var tick = Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, cancellationToken);
            if (await Task.WhenAny(reading, tick) != tick || tick.IsCanceled)
            {
                return;
            }

            var requests = tally.Requests;
            var rss = memory.Read() is { } bytes ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024:0.0} MB") : "n/a";
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"[{next.TotalSeconds,4:0} s] answers {requests:N0} ({(requests - last) / ProgressEvery.TotalSeconds:N0}/s), problems {tally.ProblemCount:N0}, writer operations {writer?.Operations ?? 0:N0}, site VmRSS {rss}"));
            last = requests;
        }
    }
}
