using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace FrameworkGuide.ReloadBench.Site;

/// <summary>
/// Asks for a guide page again and again, 1 ms apart, until its body holds a marker. A poll gives
/// up after 10 s. Answers other than 200 and failed requests are counted as failures.
/// </summary>
internal sealed class PagePoller(HttpClient client)
{
    public static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(1);
    private readonly ConcurrentQueue<string> failures = new();
    private long requests;
    private int failureCount;

    public long Requests => Interlocked.Read(ref requests);

    public int FailureCount => Volatile.Read(ref failureCount);

    public IReadOnlyList<string> FirstFailures => failures.Take(5).ToList();

    /// <summary>Polls until the page shows the marker.</summary>
    /// <returns>When it was first seen (a <see cref="Stopwatch"/> timestamp) and how many requests that took; <c>null</c> after 10 s.</returns>
    public async Task<Sighting?> WaitForAsync(string slug, string marker, CancellationToken cancellationToken)
    {
        var path = SiteClient.GuidePath(slug);
        var started = Stopwatch.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            Interlocked.Increment(ref requests);
            try
            {
                using var response = await client.GetAsync(path, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                var seen = Stopwatch.GetTimestamp();
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Fail($"GET {path} answered {(int)response.StatusCode}");
                }
                else if (body.Contains(marker, StringComparison.Ordinal))
                {
                    return new Sighting(seen, attempt);
                }
            }
            catch (HttpRequestException error)
            {
                Fail($"GET {path} failed: {error.Message}");
            }
            catch (TaskCanceledException error) when (!cancellationToken.IsCancellationRequested)
            {
                Fail($"GET {path} timed out: {error.Message}");
            }

            if (Stopwatch.GetElapsedTime(started) > GiveUpAfter)
            {
                Fail($"GET {path} did not show {marker} within {GiveUpAfter.TotalSeconds} s");
                return null;
            }

            await Task.Delay(Pause, cancellationToken);
        }
    }

    private void Fail(string description)
    {
        if (Interlocked.Increment(ref failureCount) <= 5)
        {
            failures.Enqueue(description);
        }
    }
}

/// <summary>A marker seen on a page: when (a <see cref="Stopwatch"/> timestamp), and after how many requests.</summary>
internal sealed record Sighting(long Timestamp, int Attempts);
