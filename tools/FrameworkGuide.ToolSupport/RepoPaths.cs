namespace FrameworkGuide.ToolSupport;

/// <summary>Finds the repository (the folder holding <c>FrameworkGuide.sln</c>) and the built site in it.</summary>
public static class RepoPaths
{
    public const string WebDll = "FrameworkGuide.Web.dll";

    /// <summary>The folder of <c>FrameworkGuide.Web.dll</c>: the given one, or this repository's Release build.</summary>
    /// <exception cref="ToolException">The dll is not there.</exception>
    public static string WebDirectory(string? given)
    {
        var directory = given is not null
            ? Path.GetFullPath(given)
            : Path.Combine(RepoRoot(), "src", "FrameworkGuide.Web", "bin", "Release", "net10.0");
        return File.Exists(Path.Combine(directory, WebDll))
            ? directory
            : throw new ToolException($"{WebDll} is not in {directory}: build the site first with `dotnet build -c Release src/FrameworkGuide.Web` from the repository root, or pass --web DIR");
    }

    /// <summary>A source file of the site newer than the built dll, if any: the build is stale.</summary>
    public static string? NewerSource(string webDirectory)
    {
        var built = File.GetLastWriteTimeUtc(Path.Combine(webDirectory, WebDll));
        var root = TryRepoRoot();
        if (root is null)
        {
            return null;
        }

        var separator = Path.DirectorySeparatorChar;
        return Directory.EnumerateFiles(Path.Combine(root, "src"), "*", SearchOption.AllDirectories)
            .Where(file => !file.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
                && !file.Contains($"{separator}obj{separator}", StringComparison.Ordinal))
            .Where(file => Path.GetExtension(file) is ".cs" or ".cshtml" or ".json" or ".csproj")
            .FirstOrDefault(file => File.GetLastWriteTimeUtc(file) > built);
    }

    private static string RepoRoot() =>
        TryRepoRoot() ?? throw new ToolException("FrameworkGuide.sln was not found above the current folder or the tool: pass --web DIR");

    private static string? TryRepoRoot() =>
        FindUp(Directory.GetCurrentDirectory()) ?? FindUp(AppContext.BaseDirectory);

    private static string? FindUp(string start)
    {
        for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FrameworkGuide.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}
