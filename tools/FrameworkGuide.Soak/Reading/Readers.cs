using System.Diagnostics;

namespace FrameworkGuide.Soak.Reading;

/// <summary>
/// Concurrent readers, each on its own task, asking for one kind of page after another (every kind
/// in turn, so each gets its share) with no pause, checking every answer and adding it to a
/// <see cref="Tally"/>. Even-numbered readers accept Brotli and gzip, odd ones take plain bodies.
/// A reader stops starting requests when its time is up and lets the last one finish.
/// </summary>
internal sealed class Readers(HttpClient compressed, HttpClient plain, PagePicker picker, PageCheck check)
{
    private static readonly PageType[] Types = Enum.GetValues<PageType>();

    /// <summary>Runs <paramref name="count"/> readers for <paramref name="duration"/>.</summary>
    public Task RunAsync(int count, TimeSpan duration, int seed, Tally tally, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        return Task.WhenAll(Enumerable.Range(0, count).Select(reader =>
            Task.Run(() => ReadAsync(reader, clock, duration, new Random(seed * 1000 + reader), tally, cancellationToken), CancellationToken.None)));
    }

    /// <summary>Asks for each of <paramref name="requests"/> once, <paramref name="count"/> at a time.</summary>
    public Task CrawlAsync(IEnumerable<PageRequest> requests, int count, Tally tally, CancellationToken cancellationToken) =>
        Parallel.ForEachAsync(
            requests.Select((request, index) => (request, index)),
            new ParallelOptions { MaxDegreeOfParallelism = count, CancellationToken = cancellationToken },
            async (item, token) => await OneAsync(item.index % 2 == 0 ? compressed : plain, item.request, tally, token));

    private async Task ReadAsync(int reader, Stopwatch clock, TimeSpan duration, Random random, Tally tally, CancellationToken cancellationToken)
    {
        var client = reader % 2 == 0 ? compressed : plain;
        for (var turn = reader; clock.Elapsed < duration && !cancellationToken.IsCancellationRequested; turn++)
        {
            if (!await OneAsync(client, picker.Next(Types[turn % Types.Length], random), tally, cancellationToken))
            {
                return;
            }
        }
    }

    /// <summary>Sends one request, checks the answer and adds it to the tally.</summary>
    /// <returns><c>false</c> when cancelled.</returns>
    private async Task<bool> OneAsync(HttpClient client, PageRequest request, Tally tally, CancellationToken cancellationToken)
    {
        var sent = Stopwatch.GetTimestamp();
        try
        {
            using var response = await client.GetAsync(request.Uri, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            var arrived = Stopwatch.GetTimestamp();
            tally.Add(request.Type, (int)response.StatusCode, Stopwatch.GetElapsedTime(sent, arrived).TotalMilliseconds, check.Check(request, response, body, sent, arrived));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (HttpRequestException error)
        {
            tally.Add(request.Type, null, 0, [new Finding(Problem.RequestFailed, $"GET {request.Path} failed: {error.Message}")]);
        }
        catch (TaskCanceledException)
        {
            tally.Add(request.Type, null, 0, [new Finding(Problem.RequestFailed, $"GET {request.Path} got no answer within {Site.SiteClient.Timeout.TotalSeconds} s")]);
        }

        return true;
    }
}
