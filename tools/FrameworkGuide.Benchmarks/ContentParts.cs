using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Benchmarks;

/// <summary>The content library's parts, wired as the site wires them (one pipeline, default rules, 1 MiB file limit).</summary>
public static class ContentParts
{
    public const long MaxFileBytes = 1024 * 1024;

    public static GuideParser Parser(GuideMarkdown markdown) => new(markdown);

    public static ContentFileReader Reader() => new(Parser(new GuideMarkdown()), MaxFileBytes);

    /// <summary>Fails the run when a benchmark's input is not the clean set it is meant to measure.</summary>
    /// <exception cref="InvalidOperationException">The set does not hold <paramref name="guides"/> guides without problems.</exception>
    public static ContentSet EnsureClean(ContentSet set, int guides) =>
        set.Guides.Count == guides && set.Diagnostics.Count == 0
            ? set
            : throw new InvalidOperationException(
                $"expected {guides} guides and no problems, got {set.Guides.Count} guides and {set.Diagnostics.Count} problems{(set.Diagnostics.Count > 0 ? ": " + set.Diagnostics[0].Message : "")}");
}
