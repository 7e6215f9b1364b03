using System.Diagnostics;
using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Loading;

/// <summary>
/// Puts parsed files together into a <see cref="ContentSet"/> and checks what spans guides:
/// slug ownership, aliases and links from one guide to another.
/// </summary>
public static class ContentSetBuilder
{
    /// <param name="files">Each file's path and parse result, in any order.</param>
    public static ContentSet Build(IEnumerable<(string Path, Parsing.ParseResult Result)> files, TimeSpan duration) =>
        Build(files.Select(file => new ContentEntry(file.Path, file.Result, DateTimeOffset.UtcNow)), duration);

    /// <param name="entries">Each file's latest parse result and last good guide, in any order.</param>
    /// <param name="duration">The time spent reading and parsing; the time spent here is added to it.</param>
    public static ContentSet Build(IEnumerable<ContentEntry> entries, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var ordered = entries.OrderBy(entry => entry.Path, StringComparer.Ordinal).ToList();
        var diagnostics = ordered.ToDictionary(
            entry => entry.Path,
            entry => entry.Result.Diagnostics.ToList(),
            StringComparer.Ordinal);

        var guides = ClaimSlugs(ordered, diagnostics);
        var aliases = ClaimAliases(guides, diagnostics);
        CheckLinks(guides, aliases, diagnostics);

        var index = guides
            .OrderByDescending(guide => guide.Updated ?? DateOnly.MinValue)
            .ThenBy(guide => guide.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var served = index.Select(guide => guide.SourcePath).ToHashSet(StringComparer.Ordinal);
        var contentFiles = ordered
            .Select(entry => new ContentFile(
                entry.Path,
                served.Contains(entry.Path) ? entry.Guide!.Slug : null,
                diagnostics[entry.Path].OrderBy(diagnostic => diagnostic.Line).ToList())
            {
                LoadedAt = entry.LoadedAt,
                ServingLastGood = entry.ServingLastGood && served.Contains(entry.Path),
            })
            .ToList();

        return new ContentSet(
            index,
            GroupTags(index),
            aliases,
            contentFiles,
            contentFiles.SelectMany(file => file.Diagnostics).ToList(),
            duration + Stopwatch.GetElapsedTime(started));
    }

    /// <summary>When two files claim one slug, the file named after the slug keeps it, else the first by path.</summary>
    private static List<Guide> ClaimSlugs(
        List<ContentEntry> files,
        Dictionary<string, List<ContentDiagnostic>> diagnostics)
    {
        var guides = new List<Guide>();
        foreach (var claim in files.Where(file => file.Guide is not null).GroupBy(file => file.Guide!.Slug))
        {
            var owner = claim.FirstOrDefault(file => Path.GetFileNameWithoutExtension(file.Path) == claim.Key) ?? claim.First();
            guides.Add(owner.Guide!);
            foreach (var other in claim.Where(file => file.Path != owner.Path))
            {
                diagnostics[other.Path].Add(new ContentDiagnostic(
                    other.Path, 1, Severity.Error, $"slug '{claim.Key}' is already used by {owner.Path}: give this guide another slug"));
            }
        }

        return guides;
    }

    private static Dictionary<string, string> ClaimAliases(
        List<Guide> guides, Dictionary<string, List<ContentDiagnostic>> diagnostics)
    {
        var canonical = guides.Select(guide => guide.CanonicalPath).ToHashSet(StringComparer.Ordinal);
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var guide in guides.OrderBy(guide => guide.SourcePath, StringComparer.Ordinal))
        {
            foreach (var alias in guide.Aliases)
            {
                string? problem = null;
                if (IsAtOrUnder(alias, canonical))
                {
                    problem = $"alias '{alias}' is the address of another guide";
                }
                else if (aliases.TryGetValue(alias, out var owner))
                {
                    problem = $"alias '{alias}' already leads to /guides/{owner}";
                }
                else
                {
                    aliases[alias] = guide.Slug;
                }

                if (problem is not null)
                {
                    diagnostics[guide.SourcePath].Add(new ContentDiagnostic(guide.SourcePath, 1, Severity.Error, problem));
                }
            }
        }

        return aliases;
    }

    /// <summary>
    /// True when <paramref name="alias"/> is one of the addresses or lies under one
    /// (<c>/guides/x/faq</c> under <c>/guides/x</c>): each of its own prefixes that ends before a
    /// <c>/</c> is looked up, rather than every address tried against it, which made a site where
    /// every guide keeps an old address check N × N pairs on every reload.
    /// </summary>
    private static bool IsAtOrUnder(string alias, HashSet<string> addresses)
    {
        var lookup = addresses.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var slash = alias.IndexOf('/', 1); slash > 0; slash = alias.IndexOf('/', slash + 1))
        {
            if (lookup.Contains(alias.AsSpan(0, slash)))
            {
                return true;
            }
        }

        return addresses.Contains(alias);
    }

    private static void CheckLinks(
        List<Guide> guides,
        Dictionary<string, string> aliases,
        Dictionary<string, List<ContentDiagnostic>> diagnostics)
    {
        var bySlug = guides.ToDictionary(guide => guide.Slug, StringComparer.Ordinal);
        foreach (var guide in guides)
        {
            foreach (var link in guide.GuideLinks)
            {
                var problem = bySlug.TryGetValue(link.Slug, out var target)
                    ? link.Fragment is { } fragment && !target.AnchorIds.Contains(fragment)
                        ? $"link to '{link.Url}': guide '{link.Slug}' has no part with the id '{fragment}'"
                        : null
                    : aliases.TryGetValue("/guides/" + link.Slug, out var current)
                        ? $"link to '{link.Url}' uses an old address: link to /guides/{current} instead"
                        : $"link to '{link.Url}': there is no guide '{link.Slug}'";
                if (problem is not null)
                {
                    diagnostics[guide.SourcePath].Add(new ContentDiagnostic(guide.SourcePath, link.Line, Severity.Error, problem));
                }
            }
        }
    }

    private static List<TagGroup> GroupTags(List<Guide> index) =>
        index
            .SelectMany(guide => guide.Tags.Select(tag => (tag, guide)))
            .GroupBy(pair => pair.tag.Slug, StringComparer.Ordinal)
            .Select(group => new TagGroup(group.First().tag, group.Select(pair => pair.guide).ToList()))
            .OrderBy(group => group.Tag.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
}
