using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using FrameworkGuide.Soak.Guides;
using FrameworkGuide.Soak.Writing;

namespace FrameworkGuide.Soak.Reading;

/// <summary>
/// Once the writer has stopped: every guide's page shows the last good version written, whole
/// (or an earlier good one when the file ends broken, see <see cref="GuideEnd"/>);
/// a deleted guide answers 404; each old address of a renamed guide redirects to its current one.
/// Each guide is asked again (100 ms apart) until it does, for at most <see cref="Patience"/>.
/// </summary>
internal static class Convergence
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(5);

    public static async Task<ConvergenceResult> CheckAsync(HttpClient client, IReadOnlyList<GuideEnd> ends, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var failures = new ConcurrentQueue<string>();
        await Parallel.ForEachAsync(
            ends,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (end, token) =>
            {
                while (await ProblemAsync(client, end, token) is { } problem)
                {
                    if (clock.Elapsed > Patience)
                    {
                        failures.Enqueue(problem);
                        return;
                    }

                    await Task.Delay(100, token);
                }
            });
        return new ConvergenceResult(ends.Count, failures.Count, failures.Take(5).ToList(), clock.Elapsed);
    }

    private static async Task<string?> ProblemAsync(HttpClient client, GuideEnd end, CancellationToken cancellationToken)
    {
        var path = "/guides/" + end.Slug;
        using (var page = await client.GetAsync(new Uri(path, UriKind.Relative), cancellationToken))
        {
            var body = await page.Content.ReadAsStringAsync(cancellationToken);
            if (!end.Exists)
            {
                if (page.StatusCode != HttpStatusCode.NotFound)
                {
                    return $"{path} answered {(int)page.StatusCode}, but the guide was deleted";
                }
            }
            else if (end.Broken && page.StatusCode == HttpStatusCode.NotFound)
            {
                // Added or re-added, then broken before the site read a good version: nothing good to serve.
            }
            else if (page.StatusCode != HttpStatusCode.OK)
            {
                return $"{path} answered {(int)page.StatusCode}, but the guide exists (last good version v{end.LastGood})";
            }
            else
            {
                var own = Marker.FindAll(body).Where(marker => marker.GuideId == end.Id && !marker.Broken).ToList();
                var versions = own.Select(marker => marker.Version).Distinct().Order().ToList();
                var places = new string(own.Select(marker => marker.Place).Distinct().Order().ToArray());
                if (versions is not [var version] || version > end.LastGood || (version < end.LastGood && !end.Broken) || places.Length != Place.All.Length)
                {
                    return $"{path} shows v{string.Join(", v", versions)} (parts {places}); the last good version written is v{end.LastGood}{(end.Broken ? ", then a broken edit" : "")}";
                }
            }
        }

        foreach (var alias in end.Aliases)
        {
            using var redirect = await client.GetAsync(new Uri(alias, UriKind.Relative), cancellationToken);
            var location = redirect.Headers.Location?.OriginalString;
            if (end.Exists && (redirect.StatusCode != HttpStatusCode.MovedPermanently || location != path))
            {
                return $"{alias} answered {(int)redirect.StatusCode} {location}, but it is an old address of {path}";
            }

            if (!end.Exists && redirect.StatusCode != HttpStatusCode.NotFound)
            {
                return $"{alias} answered {(int)redirect.StatusCode} {location}, but its guide was deleted";
            }
        }

        return null;
    }
}

/// <summary>How many guides were checked, how many never showed what the writer left, and how long the check took.</summary>
internal sealed record ConvergenceResult(int Guides, int Failures, IReadOnlyList<string> FirstFailures, TimeSpan Elapsed);
