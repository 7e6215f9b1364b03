using System.Collections.Concurrent;

namespace FrameworkGuide.Soak.Reading;

/// <summary>
/// For each guide, the versions answers have shown and when the first answer showing each arrived
/// (<see cref="System.Diagnostics.Stopwatch"/> timestamps). Versions only go up, and the site swaps
/// whole content sets, so an answer to a request sent after another answer showed version 8 must
/// not show version 7: that would be a stale page served after the new one.
/// </summary>
internal sealed class VersionHistory
{
    private readonly ConcurrentDictionary<int, Seen> guides = new();

    /// <summary>Records that an answer to a request sent at <paramref name="sent"/>, arriving at <paramref name="arrived"/>, showed this version.</summary>
    /// <returns>The newest version an answer had shown before <paramref name="sent"/>, when newer than this one; else <c>null</c>.</returns>
    public int? Record(int guideId, int version, long sent, long arrived)
    {
        var seen = guides.GetOrAdd(guideId, _ => new Seen());
        lock (seen.Gate)
        {
            int? newer = null;
            foreach (var (other, firstArrived) in seen.FirstArrived)
            {
                if (other > version && firstArrived < sent && other > (newer ?? 0))
                {
                    newer = other;
                }
            }

            if (!seen.FirstArrived.TryGetValue(version, out var first) || arrived < first)
            {
                seen.FirstArrived[version] = arrived;
            }

            return newer;
        }
    }

    private sealed class Seen
    {
        public Lock Gate { get; } = new();

        public Dictionary<int, long> FirstArrived { get; } = [];
    }
}
