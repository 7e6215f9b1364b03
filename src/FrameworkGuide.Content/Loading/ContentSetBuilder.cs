using System.Diagnostics;
using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Loading;

/// <summary>
/// Puts parsed files together into a <see cref="ContentSet"/> and checks what spans guides:
/// slug ownership, aliases and links from one guide to another.
/// </summary>
/// <remarks>
/// Every reload, even of one file, runs this over every guide, so it walks the files a few times
/// with one dictionary by slug, and makes a list of problems only for the few files that have one.
/// </remarks>
public static class ContentSetBuilder
{
    private const string GuidesPrefix = "/guides/";

    /// <param name="files">Each file's path and parse result, in any order.</param>
    public static ContentSet Build(IEnumerable<(string Path, Parsing.ParseResult Result)> files, TimeSpan duration) =>
        Build(files.Select(file => new ContentEntry(file.Path, file.Result, DateTimeOffset.UtcNow)), duration);

    /// <param name="entries">Each file's latest parse result and last good guide, in any order.</param>
    /// <param name="duration">The time spent reading and parsing; the time spent here is added to it.</param>
    public static ContentSet Build(IEnumerable<ContentEntry> entries, TimeSpan duration)
    {
        var started = Stopwatch.GetTimestamp();
        var ordered = entries.OrderBy(entry => entry.Path, StringComparer.Ordinal).ToList();

        // The problems found across guides, by file: few files have any, so no list is made for the others.
        var diagnostics = new Dictionary<string, List<ContentDiagnostic>>(StringComparer.Ordinal);
        var bySlug = ClaimSlugs(ordered, diagnostics);
        var aliases = ClaimAliases(ordered, bySlug, diagnostics);
        CheckLinks(bySlug, aliases, diagnostics);

        var index = bySlug.Values
            .OrderByDescending(guide => guide.Updated ?? DateOnly.MinValue)
            .ThenBy(guide => guide.Title, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var contentFiles = new List<ContentFile>(ordered.Count);
        var allDiagnostics = new List<ContentDiagnostic>();
        foreach (var entry in ordered)
        {
            var served = IsServed(entry, bySlug);
            var file = new ContentFile(entry.Path, served ? entry.Guide!.Slug : null, ByLine(entry.Result.Diagnostics, diagnostics.GetValueOrDefault(entry.Path)))
            {
                LoadedAt = entry.LoadedAt,
                ServingLastGood = entry.ServingLastGood && served,
            };
            contentFiles.Add(file);
            allDiagnostics.AddRange(file.Diagnostics);
        }

        return new ContentSet(
            index,
            bySlug,
            GroupTags(index),
            aliases,
            contentFiles,
            allDiagnostics,
            duration + Stopwatch.GetElapsedTime(started));
    }

    /// <summary>True when the file's guide is the one served under its slug.</summary>
    private static bool IsServed(ContentEntry entry, Dictionary<string, Guide> bySlug) =>
        entry.Guide is { } guide && bySlug.TryGetValue(guide.Slug, out var owner) && ReferenceEquals(owner, guide);

    /// <summary>A file's own problems and those found across guides, by line (in the order found within a line).</summary>
    private static IReadOnlyList<ContentDiagnostic> ByLine(IReadOnlyList<ContentDiagnostic> own, List<ContentDiagnostic>? added) =>
        added is null && own.Count <= 1
            ? own
            : own.Concat(added ?? []).OrderBy(diagnostic => diagnostic.Line).ToList();

    /// <summary>Notes a problem found across guides against a file.</summary>
    private static void Add(Dictionary<string, List<ContentDiagnostic>> diagnostics, ContentDiagnostic diagnostic)
    {
        if (!diagnostics.TryGetValue(diagnostic.Path, out var list))
        {
            diagnostics[diagnostic.Path] = list = [];
        }

        list.Add(diagnostic);
    }

    /// <summary>
    /// When two files claim one slug, the file named after the slug keeps it, else the first by path.
    /// Returns the served guide of each slug, in the order of the first file (by path) to claim it.
    /// </summary>
    private static Dictionary<string, Guide> ClaimSlugs(
        List<ContentEntry> files,
        Dictionary<string, List<ContentDiagnostic>> diagnostics)
    {
        var owners = new Dictionary<string, ContentEntry>(files.Count, StringComparer.Ordinal);
        List<ContentEntry>? contested = null;
        foreach (var file in files)
        {
            if (file.Guide is { } guide && !owners.TryAdd(guide.Slug, file))
            {
                (contested ??= []).Add(file);
            }
        }

        foreach (var claim in (contested ?? []).GroupBy(file => file.Guide!.Slug, StringComparer.Ordinal))
        {
            var claimants = claim.Prepend(owners[claim.Key]).ToList();
            var owner = claimants.FirstOrDefault(file => Path.GetFileNameWithoutExtension(file.Path) == claim.Key) ?? claimants[0];
            owners[claim.Key] = owner;
            foreach (var other in claimants.Where(file => !ReferenceEquals(file, owner)))
            {
                Add(diagnostics, new ContentDiagnostic(
                    other.Path, 1, Severity.Error, $"slug '{claim.Key}' is already used by {owner.Path}: give this guide another slug"));
            }
        }

        var bySlug = new Dictionary<string, Guide>(owners.Count, StringComparer.Ordinal);
        foreach (var (slug, owner) in owners)
        {
            bySlug.Add(slug, owner.Guide!);
        }

        return bySlug;
    }

    /// <summary>Each served guide's old addresses, first come (by path) first served; none may be or lie under a guide's address.</summary>
    private static Dictionary<string, string> ClaimAliases(
        List<ContentEntry> files, Dictionary<string, Guide> bySlug, Dictionary<string, List<ContentDiagnostic>> diagnostics)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (!IsServed(file, bySlug))
            {
                continue;
            }

            var guide = file.Guide!;
            foreach (var alias in guide.Aliases)
            {
                string? problem = null;
                if (IsAtOrUnderAGuide(alias, bySlug))
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
                    Add(diagnostics, new ContentDiagnostic(guide.SourcePath, 1, Severity.Error, problem));
                }
            }
        }

        return aliases;
    }

    /// <summary>
    /// True when <paramref name="alias"/> is a guide's address (<c>/guides/x</c>) or lies under one
    /// (<c>/guides/x/faq</c>): the slug between <c>/guides/</c> and the next <c>/</c> is looked up,
    /// without a string made for it.
    /// </summary>
    private static bool IsAtOrUnderAGuide(string alias, Dictionary<string, Guide> bySlug)
    {
        if (!alias.StartsWith(GuidesPrefix, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = alias.AsSpan(GuidesPrefix.Length);
        var slash = rest.IndexOf('/');
        return bySlug.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(slash < 0 ? rest : rest[..slash]);
    }

    private static void CheckLinks(
        Dictionary<string, Guide> bySlug,
        Dictionary<string, string> aliases,
        Dictionary<string, List<ContentDiagnostic>> diagnostics)
    {
        foreach (var guide in bySlug.Values)
        {
            foreach (var link in guide.GuideLinks)
            {
                var problem = bySlug.TryGetValue(link.Slug, out var target)
                    ? link.Fragment is { } fragment && !target.AnchorIds.Contains(fragment)
                        ? $"link to '{link.Url}': guide '{link.Slug}' has no part with the id '{fragment}'"
                        : null
                    : aliases.TryGetValue(GuidesPrefix + link.Slug, out var current)
                        ? $"link to '{link.Url}' uses an old address: link to /guides/{current} instead"
                        : $"link to '{link.Url}': there is no guide '{link.Slug}'";
                if (problem is not null)
                {
                    Add(diagnostics, new ContentDiagnostic(guide.SourcePath, link.Line, Severity.Error, problem));
                }
            }
        }
    }

    /// <summary>Every tag in use, by name, each with its guides in index order.</summary>
    private static List<TagGroup> GroupTags(List<Guide> index)
    {
        var groups = new Dictionary<string, (Tag Tag, List<Guide> Guides)>(StringComparer.Ordinal);
        foreach (var guide in index)
        {
            foreach (var tag in guide.Tags)
            {
                if (!groups.TryGetValue(tag.Slug, out var group))
                {
                    groups[tag.Slug] = group = (tag, []);
                }

                group.Guides.Add(guide);
            }
        }

        return groups.Values
            .Select(group => new TagGroup(group.Tag, group.Guides))
            .OrderBy(group => group.Tag.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
    }
}
