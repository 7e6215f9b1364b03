using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Guides;

/// <summary>What to read next: guides that share tags with this one.</summary>
public static class RelatedGuides
{
    /// <summary>Up to <paramref name="count"/> guides, most shared tags first, then most recently updated.</summary>
    public static IReadOnlyList<Guide> For(Guide guide, ContentSet set, int count = 3)
    {
        var order = new Dictionary<Guide, int>(ReferenceEqualityComparer.Instance);
        foreach (var tag in guide.Tags)
        {
            foreach (var other in set.FindTag(tag.Slug)?.Guides ?? [])
            {
                if (!ReferenceEquals(other, guide))
                {
                    order[other] = order.GetValueOrDefault(other) + 1;
                }
            }
        }

        return order
            .OrderByDescending(pair => pair.Value)
            .ThenByDescending(pair => pair.Key.Updated ?? DateOnly.MinValue)
            .ThenBy(pair => pair.Key.Title, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(pair => pair.Key)
            .ToList();
    }
}
