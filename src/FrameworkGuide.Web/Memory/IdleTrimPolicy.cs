namespace FrameworkGuide.Web.Memory;

/// <summary>
/// Decides, once per interval, whether to give memory back: only when the interval was quiet (the
/// site allocated almost nothing, so no request waits on the collection) and the GC's committed
/// memory has grown by the threshold since the last trim (so an idle site is not collected again
/// and again for nothing).
/// </summary>
/// <param name="growthBytes">Growth of the committed memory since the last trim that makes a trim worth it.</param>
/// <param name="quietBytes">At most this much allocated in an interval counts as idle.</param>
public sealed class IdleTrimPolicy(long growthBytes, long quietBytes)
{
    /// <summary>Allocation per interval below which the site counts as idle: a few quiet requests.</summary>
    public const long DefaultQuietBytes = 4L * 1024 * 1024;

    private long baseline;

    /// <summary>True when a trim is due, given what was allocated in the interval and what the GC has committed now.</summary>
    public bool ShouldTrim(long allocatedInInterval, long committedBytes) =>
        allocatedInInterval <= quietBytes && committedBytes - baseline >= growthBytes;

    /// <summary>Records what the GC kept after a trim: the next one waits for growth beyond it.</summary>
    public void Trimmed(long committedBytes) => baseline = committedBytes;
}
