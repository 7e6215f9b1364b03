using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Loading;

/// <summary>
/// One immutable version of the whole site's content: the guides, the facts that span guides
/// (tags, aliases) and every diagnostic. Readers share it freely; a reload builds a new one.
/// </summary>
public sealed class ContentSet
{
    /// <param name="bySlug">The same guides by slug.</param>
    internal ContentSet(
        IReadOnlyList<Guide> guides,
        IReadOnlyDictionary<string, Guide> bySlug,
        IReadOnlyList<TagGroup> tags,
        IReadOnlyDictionary<string, string> aliases,
        IReadOnlyList<ContentFile> files,
        IReadOnlyList<ContentDiagnostic> diagnostics,
        TimeSpan duration)
    {
        Guides = guides;
        BySlug = bySlug;
        Tags = tags;
        tagsBySlug = tags.ToDictionary(group => group.Tag.Slug, StringComparer.Ordinal);
        Aliases = aliases;
        Files = files;
        filesByPath = files.ToDictionary(file => file.Path, StringComparer.Ordinal);
        Diagnostics = diagnostics;
        Duration = duration;
    }

    private readonly Dictionary<string, TagGroup> tagsBySlug;
    private readonly Dictionary<string, ContentFile> filesByPath;

    public static ContentSet Empty { get; } = new([], new Dictionary<string, Guide>(), [], new Dictionary<string, string>(), [], [], TimeSpan.Zero);

    /// <summary>The served guides, most recently updated first.</summary>
    public IReadOnlyList<Guide> Guides { get; }

    public IReadOnlyDictionary<string, Guide> BySlug { get; }

    /// <summary>Every tag in use, by name.</summary>
    public IReadOnlyList<TagGroup> Tags { get; }

    /// <summary>Old paths and the slug of the guide each leads to.</summary>
    public IReadOnlyDictionary<string, string> Aliases { get; }

    public IReadOnlyList<ContentFile> Files { get; }

    public IReadOnlyList<ContentDiagnostic> Diagnostics { get; }

    /// <summary>How long reading, parsing and checking took.</summary>
    public TimeSpan Duration { get; }

    public int ErrorCount => Diagnostics.Count(diagnostic => diagnostic.IsError);

    public int WarningCount => Diagnostics.Count - ErrorCount;

    public int RejectedCount => Files.Count(file => !file.IsServed);

    public TagGroup? FindTag(string slug) => tagsBySlug.GetValueOrDefault(slug);

    /// <summary>The file at a path relative to the content folder.</summary>
    public ContentFile? FindFile(string path) => filesByPath.GetValueOrDefault(path);
}
