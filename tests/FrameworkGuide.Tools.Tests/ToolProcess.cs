using System.Diagnostics;
using System.Text;

namespace FrameworkGuide.Tools.Tests;

/// <summary>A tool run as a process, as a person runs it, with its whole output kept for the failure message.</summary>
public sealed record ToolRun(int ExitCode, string Output, TimeSpan Elapsed)
{
    /// <summary>The last lines of the output, enough to see why a run failed.</summary>
    public string Tail => string.Join('\n', Output.Split('\n').TakeLast(60));
}

public static class ToolProcess
{
    /// <summary>The repository root: the folder above the tests that holds FrameworkGuide.sln.</summary>
    public static string RepoRoot { get; } = FindRepoRoot();

    /// <summary>Debug or Release: the configuration these tests were built in, and so the tools with them.</summary>
    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";

    public static string WebFolder => Path.Combine(RepoRoot, "src", "FrameworkGuide.Web", "bin", Configuration, "net10.0");

    public static string ToolDll(string name) => Path.Combine(RepoRoot, "tools", name, "bin", Configuration, "net10.0", name + ".dll");

    /// <summary>Runs <paramref name="fileName"/> and waits at most <paramref name="timeout"/>; the process tree is killed on timeout.</summary>
    public static async Task<ToolRun> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        TimeSpan timeout,
        IReadOnlyDictionary<string, string>? environment = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoRoot,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        var output = new StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, line) => Append(output, line.Data);
        process.ErrorDataReceived += (_, line) => Append(output, line.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            Append(output, $"(killed after {timeout.TotalSeconds:0} s)");
            return new ToolRun(-1, Snapshot(output), clock.Elapsed);
        }

        process.WaitForExit(); // drains the output events
        return new ToolRun(process.ExitCode, Snapshot(output), clock.Elapsed);
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FrameworkGuide.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"FrameworkGuide.sln was not found above {AppContext.BaseDirectory}");
    }
}
