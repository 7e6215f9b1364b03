using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Guides;

/// <summary>What to read next: guides that share tags with this one.</summary>
public static class RelatedGuides
{
    /// <summary>
    /// Up to <paramref name="count"/> guides, most shared tags first, then most recently updated,
    /// then by title; among guides equal in all three, the one met first in the tags' lists. A tag
    /// can hold every guide of the site, so the best few are picked in one pass over the candidates
    /// rather than by sorting them all (at 10,000 guides that sort was most of a page's first render).
    /// </summary>
    public static IReadOnlyList<Guide> For(Guide guide, ContentSet set, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(set);
        var shared = new Dictionary<Guide, int>(ReferenceEqualityComparer.Instance);
        foreach (var tag in guide.Tags)
        {
            foreach (var other in set.FindTag(tag.Slug)?.Guides ?? [])
            {
                if (!ReferenceEquals(other, guide))
                {
                    shared[other] = shared.GetValueOrDefault(other) + 1;
                }
            }
        }

        // Kept in order, best first; a candidate goes after every one it does not beat.
        var best = new List<KeyValuePair<Guide, int>>(count + 1);
        foreach (var candidate in shared)
        {
            var at = best.Count;
            while (at > 0 && Compare(candidate, best[at - 1]) < 0)
            {
                at--;
            }

            if (at < count)
            {
                best.Insert(at, candidate);
                if (best.Count > count)
                {
                    best.RemoveAt(count);
                }
            }
        }

        return best.Select(pair => pair.Key).ToList();
    }

    /// <summary>Negative when <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    private static int Compare(KeyValuePair<Guide, int> left, KeyValuePair<Guide, int> right)
    {
        var order = right.Value.CompareTo(left.Value);
        if (order == 0)
        {
            order = (right.Key.Updated ?? DateOnly.MinValue).CompareTo(left.Key.Updated ?? DateOnly.MinValue);
        }

        return order != 0 ? order : StringComparer.OrdinalIgnoreCase.Compare(left.Key.Title, right.Key.Title);
    }
}
