namespace FrameworkGuide.Benchmarks;

/// <summary>Where results go: <c>artifacts/benchmarks</c> of the repository (ignored by git), else of the current folder.</summary>
public static class ArtifactsFolder
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "FrameworkGuide.sln")))
            {
                return Path.Combine(directory.FullName, "artifacts", "benchmarks");
            }
        }

        return Path.Combine(Environment.CurrentDirectory, "artifacts", "benchmarks");
    }
}
