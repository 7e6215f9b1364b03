using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// Asks the running site for every URL of a plan, many at a time, and writes each answer with
/// <see cref="ExportWriter"/>. A URL that answers anything but its expected status, or whose file
/// cannot be written, is a failure; the others are still written, so every failure is reported at once.
/// A URL the writer has an earlier export's files for is asked for with their ETag, and a 304 keeps them.
/// </summary>
/// <param name="client">A client of the running site: its base address set, redirects not followed.</param>
/// <param name="parallelism">How many requests are in flight at once.</param>
public sealed class SiteExporter(HttpClient client, ExportWriter writer, int parallelism)
{
    public async Task<ExportResult> ExportAsync(IReadOnlyList<ExportItem> plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<ExportFailure>();
        var files = new ExportedFiles();
        var gate = new Lock();
        var options = new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(plan, options, async (item, token) =>
        {
            try
            {
                var written = await ExportAsync(item, token);
                lock (gate)
                {
                    files += written;
                }
            }
            catch (ExportException error)
            {
                failures.Enqueue(new ExportFailure(item.Url, error.Message));
            }
        });

        var failed = failures.OrderBy(failure => failure.Url, StringComparer.Ordinal).ToList();
        return new ExportResult(plan.Count, files, clock.Elapsed, failed);
    }

    private async Task<ExportedFiles> ExportAsync(ExportItem item, CancellationToken cancellationToken)
    {
        try
        {
            var earlier = writer.Earlier(item);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(item.Url, UriKind.Relative));
            if (earlier?.ETag is { } etag)
            {
                request.Headers.TryAddWithoutValidation("If-None-Match", etag);
            }

            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (earlier is not null && response.StatusCode == HttpStatusCode.NotModified)
            {
                return writer.Keep(earlier);
            }

            if ((int)response.StatusCode != item.ExpectedStatus)
            {
                var location = response.Headers.Location is { } target ? $" (to {target})" : "";
                throw new ExportException($"answered {(int)response.StatusCode}{location}, expected {item.ExpectedStatus}");
            }

            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return await writer.WriteAsync(item, body, response.Headers.ETag?.ToString(), earlier, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException or IOException or UnauthorizedAccessException or ArgumentException
            || (error is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw new ExportException(error.Message, error);
        }
    }
}
