using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Threading.Channels;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// Asks the running site for every URL of a plan, many at a time, and writes each answer with
/// <see cref="ExportWriter"/>. A URL that answers anything but its expected status, or whose file
/// cannot be written, is a failure; the others are still written, so every failure is reported at once.
/// A URL the writer has an earlier export's files for is not asked for when they were made from the
/// same inputs (<see cref="ExportInputs"/>), and else asked for with their ETag: a 304 keeps them too.
/// </summary>
/// <param name="client">A client of the running site: its base address set, redirects not followed.</param>
/// <param name="inputs">What each URL's answer is made from, for the same content set as the site's; <c>null</c> asks for every URL.</param>
/// <param name="parallelism">How many requests are in flight at once.</param>
public sealed class SiteExporter(HttpClient client, ExportWriter writer, ExportInputs? inputs, int parallelism)
{
    public async Task<ExportResult> ExportAsync(ExportPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<ExportFailure>();
        var files = new ExportedFiles();
        var urls = 0;
        var gate = new Lock();

        // Each URL is checked first, on every core and with no request: after an edit, all but a few
        // dozen of 290,000 at 10,000 guides are kept as they are. The site is asked for the others as
        // they are found, many at a time; the URLs that show the whole content are first in the plan,
        // so their requests can start while the checks go on. A guide's URLs are made when its turn comes.
        var asks = Channel.CreateUnbounded<Ask>(new UnboundedChannelOptions { SingleReader = false, SingleWriter = false });
        var asked = 0;

        // Either loop failing stops the other, and the requests are always waited for: none is left
        // writing files after the export has returned.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = stop.Token };
        var asking = AskAllAsync();
        try
        {
            Parallel.For(
                0,
                plan.Parts,
                new ParallelOptions { CancellationToken = stop.Token },
                () => (Files: new ExportedFiles(), Urls: 0),
                (part, _, kept) =>
                {
                    foreach (var item in plan.Part(part))
                    {
                        kept.Urls++;
                        try
                        {
                            var (found, ask) = Check(item);
                            if (ask is not null)
                            {
                                asks.Writer.TryWrite(ask);
                            }

                            kept.Files += found;
                        }
                        catch (ExportException error)
                        {
                            failures.Enqueue(new ExportFailure(item.Url, error.Message));
                        }
                    }

                    return kept;
                },
                kept =>
                {
                    lock (gate)
                    {
                        files += kept.Files;
                        urls += kept.Urls;
                    }
                });
        }
        catch
        {
            await stop.CancelAsync();
            asks.Writer.Complete();
            await asking.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            if (asking.IsFaulted)
            {
                // The requests failed, and that stopped the checks: their error is the one to report.
                await asking;
            }

            throw;
        }

        asks.Writer.Complete();
        await asking;
        var failed = failures.OrderBy(failure => failure.Url, StringComparer.Ordinal).ToList();
        return new ExportResult(urls, asked, files, clock.Elapsed, failed);

        async Task AskAllAsync()
        {
            try
            {
                await Parallel.ForEachAsync(asks.Reader.ReadAllAsync(stop.Token), options, async (ask, token) =>
                {
                    try
                    {
                        var written = await AskAsync(ask, token);
                        lock (gate)
                        {
                            files += written;
                            asked++;
                        }
                    }
                    catch (ExportException error)
                    {
                        failures.Enqueue(new ExportFailure(ask.Item.Url, error.Message));
                    }
                });
            }
            catch
            {
                await stop.CancelAsync();
                throw;
            }
        }
    }

    /// <returns>The earlier files when they are kept; else what asking the site for the URL needs.</returns>
    private (ExportedFiles Kept, Ask? Ask) Check(ExportItem item)
    {
        try
        {
            var madeFrom = inputs?.For(item);
            return madeFrom is { } made && writer.TryKeep(item, made, out var kept)
                ? (kept, null)
                : (default, new Ask(item, writer.Earlier(item), madeFrom));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new ExportException(error.Message, error);
        }
    }

    private async Task<ExportedFiles> AskAsync(Ask ask, CancellationToken cancellationToken)
    {
        var (item, earlier, madeFrom) = ask;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(item.Url, UriKind.Relative));
            if (earlier?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (earlier is not null && response.StatusCode == HttpStatusCode.NotModified)
            {
                return writer.Keep(earlier with { Inputs = madeFrom });
            }

            if ((int)response.StatusCode != item.ExpectedStatus)
            {
                var location = response.Headers.Location is { } target ? $" (to {target})" : "";
                throw new ExportException($"answered {(int)response.StatusCode}{location}, expected {item.ExpectedStatus}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return await writer.WriteAsync(item, body, response.Headers.ETag?.ToString(), earlier, madeFrom, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or IOException or UnauthorizedAccessException or ArgumentException
            || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ExportException(error.Message, error);
        }
    }

    /// <summary>A URL the site is asked for, with the earlier export's entry for it and what it is made from.</summary>
    private sealed record Ask(ExportItem Item, ExportEntry? Earlier, Hash128? Inputs);
}
