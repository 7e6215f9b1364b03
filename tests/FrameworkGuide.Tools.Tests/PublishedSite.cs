namespace FrameworkGuide.Tools.Tests;

/// <summary>
/// The site published once, as the load scripts publish it (Release, ReadyToRun for linux-x64), for
/// both scripts to use through <c>APP_DIR</c>. Deleted at the end.
/// </summary>
public sealed class PublishedSite : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("fg-tools-published-").FullName;

    /// <summary>The settings the scripts run with: the published site and no wait for a quiet machine.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["APP_DIR"] = folder,
        ["QUIET_WAIT"] = "1",
    };

    public async ValueTask InitializeAsync()
    {
        var publish = await ToolProcess.RunAsync(
            "dotnet",
            ["publish", "-c", "Release", "-r", "linux-x64", "--self-contained", "false", "src/FrameworkGuide.Web", "-o", folder, "--nologo"],
            TimeSpan.FromMinutes(10));
        if (publish.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed:\n{publish.Tail}");
        }
    }

    public ValueTask DisposeAsync()
    {
        Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
