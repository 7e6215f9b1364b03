using System.Diagnostics;

namespace FrameworkGuide.Content.Loading;

/// <summary>Loads a whole content folder: every <c>*.md</c> file, parsed in parallel, then put together.</summary>
/// <remarks>Files and folders whose names start with <c>_</c> or <c>.</c> are skipped (drafts, templates, editor files).</remarks>
public sealed class ContentLoader(ContentFileReader reader)
{
    public ContentSet Load(string directory)
    {
        var root = Path.GetFullPath(directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"the content folder '{root}' does not exist");
        }

        var clock = Stopwatch.StartNew();
        var results = FindGuideFiles(root)
            .AsParallel()
            .Select(file => (ContentFileReader.RelativePath(root, file), reader.Read(root, file)))
            .ToList();
        return ContentSetBuilder.Build(results, clock.Elapsed);
    }

    public static IEnumerable<string> FindGuideFiles(string root) =>
        Directory
            .EnumerateFiles(root, "*.md", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.None })
            .Where(file => IsGuideFile(root, file));

    /// <summary>True for a markdown file that is not a draft or editor file, by its path under the root.</summary>
    public static bool IsGuideFile(string root, string file) =>
        file.EndsWith(".md", StringComparison.Ordinal)
        && !ContentFileReader.RelativePath(root, file).Split('/').Any(part => part.StartsWith('_') || part.StartsWith('.'));
}
