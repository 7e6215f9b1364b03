using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

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
    public async Task<ExportResult> ExportAsync(IReadOnlyList<ExportItem> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<ExportFailure>();
        var files = new ExportedFiles();
        var gate = new Lock();
        var asked = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan, options, async (item, token) =>
        {
            try
            {
                var (written, wasAsked) = await ExportAsync(item, token);
                lock (gate)
                {
                    files += written;
                    asked += wasAsked ? 1 : 0;
                }
            }
            catch (ExportException error)
            {
                failures.Enqueue(new ExportFailure(item.Url, error.Message));
            }
        });

        var failed = failures.OrderBy(failure => failure.Url, StringComparer.Ordinal).ToList();
        return new ExportResult(plan.Count, asked, files, clock.Elapsed, failed);
    }

    /// <returns>The files, and whether the site was asked for the URL.</returns>
    private async Task<(ExportedFiles Files, bool Asked)> ExportAsync(ExportItem item, CancellationToken cancellationToken)
    {
        try
        {
            var earlier = writer.Earlier(item);
            var madeFrom = inputs?.For(item);
            if (earlier is not null && madeFrom is not null && earlier.Inputs == madeFrom)
            {
                return (writer.Keep(earlier), false);
            }

            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(item.Url, UriKind.Relative));
            if (earlier?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (earlier is not null && response.StatusCode == HttpStatusCode.NotModified)
            {
                return (writer.Keep(earlier with { Inputs = madeFrom }), true);
            }

            if ((int)response.StatusCode != item.ExpectedStatus)
            {
                var location = response.Headers.Location is { } target ? $" (to {target})" : "";
                throw new ExportException($"answered {(int)response.StatusCode}{location}, expected {item.ExpectedStatus}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return (await writer.WriteAsync(item, body, response.Headers.ETag?.ToString(), earlier, madeFrom, cancellationToken), true);
        }
        catch (Exception error) when (error is HttpRequestException or IOException or UnauthorizedAccessException or ArgumentException
            || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ExportException(error.Message, error);
        }
    }
}
