using System.Collections.Concurrent;
using System.Net;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.ReloadBench.Site;

/// <summary>
/// Readers who keep using the site while it reloads: one loop, on its own task, that asks for a
/// random guide page (and every tenth time for <c>/</c>, the list of all guides) with no pause,
/// counting every answer that is not 200 and every failed request.
/// </summary>
internal sealed class BackgroundReaders(HttpClient client, int guideCount)
{
    private readonly ConcurrentQueue<string> failures = new();
    private long requests;
    private int failureCount;

    public long Requests => Interlocked.Read(ref requests);

    public int FailureCount => Volatile.Read(ref failureCount);

    public IReadOnlyList<string> FirstFailures => failures.Take(5).ToList();

    /// <summary>Runs until <paramref name="stop"/> is cancelled.</summary>
    public Task RunAsync(CancellationToken stop) => Task.Run(() => LoopAsync(stop), CancellationToken.None);

    private async Task LoopAsync(CancellationToken stop)
    {
        var random = new Random(20_260_101);
        while (!stop.IsCancellationRequested)
        {
            var path = random.Next(10) == 0
                ? new Uri("/", UriKind.Relative)
                : SiteClient.GuidePath(GuideText.Slug(random.Next(1, guideCount + 1)));
            try
            {
                using var response = await client.GetAsync(path, stop);
                _ = await response.Content.ReadAsByteArrayAsync(stop);
                Interlocked.Increment(ref requests);
                if (response.StatusCode != HttpStatusCode.OK)
                {
                    Fail($"GET {path} answered {(int)response.StatusCode}");
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (HttpRequestException error)
            {
                Interlocked.Increment(ref requests);
                Fail($"GET {path} failed: {error.Message}");
            }
            catch (TaskCanceledException error)
            {
                Interlocked.Increment(ref requests);
                Fail($"GET {path} timed out: {error.Message}");
            }
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
