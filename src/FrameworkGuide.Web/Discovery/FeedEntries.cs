using System.Globalization;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Discovery;

/// <summary>Which guides the feed carries, in which order, and the time each one says it changed.</summary>
public static class FeedEntries
{
    /// <summary>
    /// The <c>&lt;updated&gt;</c> of a guide without an <c>updated</c> date. Atom requires a time on
    /// every entry, and feed readers treat a changed time as a changed entry, so the fallback must not
    /// move between requests or deploys: not "now", not a file time. The Unix epoch is fixed, sorts
    /// before every real date (such guides come last, as they do on the home page) and reads plainly
    /// as "no date" to anyone who looks.
    /// </summary>
    public static readonly DateOnly UndatedFallback = new(1970, 1, 1);

    /// <summary>Newest first, guides without a date last; ties keep the site's index order.</summary>
    public static IReadOnlyList<Guide> Order(IEnumerable<Guide> guides) =>
        guides
            .OrderByDescending(guide => guide.Updated.HasValue)
            .ThenByDescending(guide => guide.Updated)
            .ToList();

    public static DateOnly UpdatedOf(Guide guide) => guide.Updated ?? UndatedFallback;

    /// <summary>The RFC 3339 form Atom asks for, at midnight UTC: <c>2026-06-02T00:00:00Z</c>.</summary>
    public static string Rfc3339(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
