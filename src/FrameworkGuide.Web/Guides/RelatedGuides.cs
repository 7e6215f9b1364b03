using System.Buffers;
using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Guides;

/// <summary>What to read next: guides that share tags with this one.</summary>
public static class RelatedGuides
{
    /// <summary>Each content set's guides by number, made once per set and kept as long as the set is.</summary>
    private static readonly ConditionalWeakTable<ContentSet, Numbering> Numberings = [];

    /// <summary>
    /// Up to <paramref name="count"/> guides, most shared tags first, then most recently updated,
    /// then by title; among guides equal in all three, the one met first in the tags' lists. A tag
    /// can hold every guide of the site, so the best few are picked in one pass over the candidates
    /// rather than by sorting them all, and the tags are counted by each guide's number in an array
    /// rather than in a table of guides: an export asks for every guide's related guides, and at
    /// 10,000 guides that table was most of an update's time.
    /// </summary>
    public static IReadOnlyList<Guide> For(Guide guide, ContentSet set, int count = 3)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(set);
        if (count <= 0)
        {
            return [];
        }

        var numbering = Numberings.GetValue(set, static set => new Numbering(set));
        var self = numbering.NumberOf(guide);

        // Guides with the same tags in the same order have the same candidates, met in the same order:
        // the best count + 1 of them, this guide among them or not, are picked once for all of them.
        // At 10,000 guides a site has a few hundred such lists of tags, and a tag on every guide made
        // each pick a pass over all the guides.
        var best = numbering.Best(guide.Tags, count + 1);
        var related = new List<Guide>(count);
        foreach (var number in best)
        {
            if (number != self && related.Count < count)
            {
                related.Add(numbering.Guides[number]);
            }
        }

        return related;
    }

    /// <summary>
    /// The numbers of the best <paramref name="count"/> guides that share one of <paramref name="tags"/>,
    /// any guide of the set among them.
    /// </summary>
    private static int[] Pick(Numbering numbering, IReadOnlyList<Tag> tags, int count)
    {
        var guides = numbering.Guides;

        // The tags each guide shares, by number, and the guides in the order first met.
        var shared = ArrayPool<int>.Shared.Rent(guides.Length);
        var met = ArrayPool<int>.Shared.Rent(guides.Length);
        var metCount = 0;
        Array.Clear(shared, 0, guides.Length);
        try
        {
            foreach (var tag in tags)
            {
                foreach (var other in numbering.Tagged(tag.Slug))
                {
                    if (shared[other]++ == 0)
                    {
                        met[metCount++] = other;
                    }
                }
            }

            // Kept in order, best first; a candidate goes after every one it does not beat.
            var best = new List<(Guide Guide, int Shared, int Number)>(count + 1);
            foreach (var number in met.AsSpan(0, metCount))
            {
                var candidate = (Guide: guides[number], Shared: shared[number], Number: number);
                if (best.Count == count && candidate.Shared < best[^1].Shared)
                {
                    continue;
                }

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

            return [.. best.Select(pick => pick.Number)];
        }
        finally
        {
            ArrayPool<int>.Shared.Return(shared);
            ArrayPool<int>.Shared.Return(met);
        }
    }

    /// <summary>Negative when <paramref name="left"/> comes before <paramref name="right"/>.</summary>
    private static int Compare((Guide Guide, int Shared, int Number) left, (Guide Guide, int Shared, int Number) right)
    {
        var order = right.Shared.CompareTo(left.Shared);
        if (order == 0)
        {
            order = (right.Guide.Updated ?? DateOnly.MinValue).CompareTo(left.Guide.Updated ?? DateOnly.MinValue);
        }

        return order != 0 ? order : StringComparer.OrdinalIgnoreCase.Compare(left.Guide.Title, right.Guide.Title);
    }

    /// <summary>A set's guides numbered in its order, and each tag's guides as those numbers, in the tag's order.</summary>
    private sealed class Numbering
    {
        private readonly Dictionary<Guide, int> numbers;
        private readonly Dictionary<string, int[]> tagged;
        private readonly ConcurrentDictionary<(string Tags, int Count), int[]> picks = new();

        public Numbering(ContentSet set)
        {
            Guides = [.. set.Guides];
            numbers = new Dictionary<Guide, int>(Guides.Length, ReferenceEqualityComparer.Instance);
            for (var number = 0; number < Guides.Length; number++)
            {
                numbers[Guides[number]] = number;
            }

            tagged = set.Tags.ToDictionary(group => group.Tag.Slug, group => group.Guides.Select(guide => numbers[guide]).ToArray(), StringComparer.Ordinal);
        }

        public Guide[] Guides { get; }

        /// <summary>The guide's number; -1 for a guide not in the set (it is then related to the set's guides, never to itself).</summary>
        public int NumberOf(Guide guide) => numbers.GetValueOrDefault(guide, -1);

        public int[] Tagged(string slug) => tagged.GetValueOrDefault(slug) ?? [];

        /// <summary>The best <paramref name="count"/> guides sharing these tags, picked once per list of tags and count.</summary>
        public int[] Best(IReadOnlyList<Tag> tags, int count) =>
            picks.GetOrAdd((string.Join('\n', tags.Select(tag => tag.Slug)), count), static (key, state) => Pick(state.Numbering, state.Tags, key.Count), (Numbering: this, Tags: tags));
    }
}
