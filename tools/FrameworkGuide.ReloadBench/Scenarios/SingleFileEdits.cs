using System.Diagnostics;
using System.Globalization;
using FrameworkGuide.ReloadBench.Generation;
using FrameworkGuide.ReloadBench.Site;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.ReloadBench.Scenarios;

/// <summary>
/// An editor saving one guide at a time: each edit puts a new marker in a random guide's title,
/// saved by moving a staged file over it or by writing it in place (alternately), and is timed
/// from the start of the save until the guide's page shows the marker.
/// </summary>
internal static class SingleFileEdits
{
    /// <summary>The pause after each edit, so its trailing file events are applied before the next edit starts.</summary>
    private static readonly TimeSpan Settle = TimeSpan.FromMilliseconds(150);

    public static async Task<IReadOnlyList<EditTiming>> RunAsync(
        GuideFolder folder, PagePoller poller, ReloadLog log, int guides, int edits, string run, CancellationToken cancellationToken)
    {
        var random = new Random(7);
        var timings = new List<EditTiming>(edits);
        for (var edit = 1; edit <= edits; edit++)
        {
            var index = random.Next(1, guides + 1);
            var kind = edit % 2 == 1 ? SaveKind.MoveOver : SaveKind.InPlace;
            var marker = string.Create(CultureInfo.InvariantCulture, $"{run}e{edit:D4}x");
            var text = GuideText.Write(index, guides, marker);

            var start = Stopwatch.GetTimestamp();
            if (kind == SaveKind.MoveOver)
            {
                folder.ReplaceByMove(index, text);
            }
            else
            {
                folder.WriteInPlace(index, text);
            }

            var seen = await poller.WaitForAsync(GuideText.Slug(index), marker, cancellationToken);
            var visible = seen is null ? (TimeSpan?)null : Stopwatch.GetElapsedTime(start, seen.Timestamp);
            await Task.Delay(Settle, cancellationToken);
            var reloads = log.Between(start, Stopwatch.GetTimestamp());
            var logged = reloads.Count > 0 ? Stopwatch.GetElapsedTime(start, reloads[0].Timestamp) : (TimeSpan?)null;
            timings.Add(new EditTiming(index, kind, visible, logged, reloads));
        }

        return timings;
    }
}

/// <summary>One timed edit; <see cref="Visible"/> is <c>null</c> when the page never showed it.</summary>
/// <param name="FirstReloadLogged">From the save until the bench read the site's first "Reloaded" line after it.</param>
/// <param name="Reloads">The reloads the site logged from the save until just before the next edit.</param>
internal sealed record EditTiming(int Index, SaveKind Kind, TimeSpan? Visible, TimeSpan? FirstReloadLogged, IReadOnlyList<Reload> Reloads);
