namespace FrameworkGuide.Content.Loading;

/// <summary>The guide files of a content folder: every <c>*.md</c> file under it, at any depth.</summary>
/// <remarks>Files and folders whose names start with <c>_</c> or <c>.</c> are skipped (drafts, templates, editor files).</remarks>
public static class GuideFiles
{
    public static IEnumerable<string> Find(string root) =>
        Directory
            .EnumerateFiles(root, "*.md", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None })
            .Where(file => IsGuide(root, file));

    /// <summary>True for a markdown file that is not a draft or editor file, by its path under the root.</summary>
    public static bool IsGuide(string root, string file) =>
        file.EndsWith(".md", StringComparison.Ordinal)
        && !ContentFileReader.RelativePath(root, file).Split('/').Any(part => part.StartsWith('_') || part.StartsWith('.'));
}
