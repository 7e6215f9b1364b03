using System.Diagnostics;
using System.Globalization;
using FrameworkGuide.ReloadBench.Generation;
using FrameworkGuide.ReloadBench.Site;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.ReloadBench.Scenarios;

/// <summary>
/// A <c>git checkout</c> or a search-and-replace: every guide is rewritten in place, one after
/// another as fast as the disk takes them, each with its own new marker. Timed from the first
/// write until every page shows its marker: the last written guide is polled first, then every
/// guide is checked (four at a time), so "all visible" is the moment the last page was seen
/// with its marker, an upper bound on the true moment.
/// </summary>
internal static class BulkChange
{
    /// <summary>The pause after each round, so its trailing reloads are done before the next round.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(1);

    public static async Task<IReadOnlyList<BulkTiming>> RunAsync(
        GuideFolder folder, PagePoller poller, ReloadLog log, int guides, int rounds, string run, CancellationToken cancellationToken)
    {
        var timings = new List<BulkTiming>(rounds);
        for (var round = 1; round <= rounds; round++)
        {
            var markers = Enumerable.Range(1, guides)
                .Select(index => string.Create(CultureInfo.InvariantCulture, $"{run}b{round:D2}n{index:D4}x"))
                .ToArray();
            var texts = Enumerable.Range(1, guides).Select(index => GuideText.Write(index, guides, markers[index - 1])).ToArray();

            var start = Stopwatch.GetTimestamp();
            for (var index = 1; index <= guides; index++)
            {
                folder.WriteInPlace(index, texts[index - 1]);
            }

            var written = Stopwatch.GetElapsedTime(start);
            var last = await poller.WaitForAsync(GuideText.Slug(guides), markers[guides - 1], cancellationToken);

            var sightings = new Sighting?[guides];
            await Parallel.ForEachAsync(
                Enumerable.Range(1, guides),
                new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
                async (index, token) => sightings[index - 1] = await poller.WaitForAsync(GuideText.Slug(index), markers[index - 1], token));
            var verified = Stopwatch.GetTimestamp();

            var missing = sightings.Count(sighting => sighting is null);
            var allVisible = missing == 0 ? Stopwatch.GetElapsedTime(start, sightings.Max(sighting => sighting!.Timestamp)) : (TimeSpan?)null;
            await Task.Delay(Settle, cancellationToken);
            timings.Add(new BulkTiming(
                written,
                last is null ? null : Stopwatch.GetElapsedTime(start, last.Timestamp),
                allVisible,
                Stopwatch.GetElapsedTime(start, verified),
                sightings.Count(sighting => sighting is { Attempts: > 1 }),
                missing,
                log.Between(start, Stopwatch.GetTimestamp())));
        }

        return timings;
    }
}

/// <summary>One round of rewriting every guide.</summary>
/// <param name="Written">From the first write to the last write returning.</param>
/// <param name="LastVisible">From the first write until the last written guide showed its marker.</param>
/// <param name="AllVisible">From the first write until every guide had shown its marker; <c>null</c> when one never did.</param>
/// <param name="Verified">From the first write until the check of every guide finished.</param>
/// <param name="Stragglers">Guides that did not yet show their marker when first checked after the last written one did.</param>
/// <param name="Missing">Guides that never showed their marker within 10 s.</param>
/// <param name="Reloads">The reloads the site logged from the first write until just before the next round.</param>
internal sealed record BulkTiming(
    TimeSpan Written,
    TimeSpan? LastVisible,
    TimeSpan? AllVisible,
    TimeSpan Verified,
    int Stragglers,
    int Missing,
    IReadOnlyList<Reload> Reloads);
