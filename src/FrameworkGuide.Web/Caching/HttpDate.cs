namespace FrameworkGuide.Web.Caching;

/// <summary>
/// The <c>Date</c> header of cached pages, from the clock that stamps their <c>Last-Modified</c>.
/// Kestrel's own Date is refreshed by a heartbeat once a second and lags by more than that when
/// the machine is busy, which made a page just stored look modified after the Date it was sent with.
/// The text is made once per second, as Kestrel does.
/// </summary>
public sealed class HttpDate(TimeProvider clock)
{
    private Stamp last = new(long.MinValue, "");

    /// <summary>The current second, as the header says it (<c>Mon, 07 Dec 2026 03:51:02 GMT</c>).</summary>
    public string Now()
    {
        var now = clock.GetUtcNow();
        var second = now.ToUnixTimeSeconds();
        var stamp = Volatile.Read(ref last);
        if (stamp.Second != second)
        {
            stamp = new Stamp(second, now.ToString("R", System.Globalization.CultureInfo.InvariantCulture));
            Volatile.Write(ref last, stamp);
        }

        return stamp.Text;
    }

    private sealed record Stamp(long Second, string Text);
}
