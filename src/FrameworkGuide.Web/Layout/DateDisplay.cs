using System.Globalization;

namespace FrameworkGuide.Web.Layout;

public static class DateDisplay
{
    /// <summary>The machine-readable form for <c>&lt;time datetime&gt;</c>.</summary>
    public static string Iso(this DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The form readers see: <c>2 June 2026</c>.</summary>
    public static string Readable(this DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
