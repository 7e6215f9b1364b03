namespace FrameworkGuide.Tools.Tests;

/// <summary>
/// Every measuring tool of the repository, run for a few seconds as a person runs it, so none of them
/// rots unnoticed: each must finish, exit 0 and print what it measures. No figure is judged here;
/// docs/performance.md and docs/benchmarks/ hold the figures of full runs.
/// </summary>
public sealed class ToolSmokeTests(PublishedSite published) : IClassFixture<PublishedSite>
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(6);

    [Fact]
    public async Task Synthetic_WritesGuidesThatTheSitesCheckAccepts()
    {
        var folder = Directory.CreateTempSubdirectory("fg-tools-synthetic-").FullName;
        try
        {
            var written = await ToolProcess.RunAsync("dotnet", [ToolProcess.ToolDll("FrameworkGuide.Synthetic"), "60", folder], Patience);
            var check = await ToolProcess.RunAsync("dotnet", [Path.Combine(ToolProcess.WebFolder, "FrameworkGuide.Web.dll"), "check", folder], Patience,
                new Dictionary<string, string> { ["Guide__ParseCache"] = "false" }, // a parse cache for a folder deleted below would only pile up
                workingDirectory: ToolProcess.WebFolder);

            Assert.True(written.ExitCode == 0, written.Tail);
            Assert.Contains("Wrote 60 guides", written.Output, StringComparison.Ordinal);
            Assert.Equal(60, Directory.GetFiles(folder, "*.md").Length);
            Assert.True(check.ExitCode == 0, check.Tail);
            Assert.DoesNotContain("error:", check.Output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Benchmarks_RunEachBenchmarkOnce()
    {
        var run = await ToolProcess.RunAsync("dotnet", [ToolProcess.ToolDll("FrameworkGuide.Benchmarks"), "--smoke"], Patience);

        Assert.True(run.ExitCode == 0, run.Tail);
        foreach (var benchmark in new[] { "GuideParser", "GuideMarkdown", "ContentSetBuilder", "AnyFieldQuery" })
        {
            Assert.Contains(benchmark, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ReloadBench_TimesEditsAgainstTheRunningSite()
    {
        var run = await ToolProcess.RunAsync(
            "dotnet",
            [ToolProcess.ToolDll("FrameworkGuide.ReloadBench"), "--guides", "40", "--edits", "3", "--bulk", "1", "--web", ToolProcess.WebFolder],
            Patience);

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.Contains("Timing 3 single-file edits", run.Output, StringComparison.Ordinal);
        Assert.Contains("median", run.Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Soak_ChecksEveryAnswerWhileTheWriterEdits()
    {
        var run = await ToolProcess.RunAsync("dotnet", [ToolProcess.ToolDll("FrameworkGuide.Soak"), "--smoke", "--web", ToolProcess.WebFolder], Patience);

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.Contains("Problems during the soak: none.", run.Output, StringComparison.Ordinal);
        Assert.Contains("All checks passed.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoadScript_RunsWrkAgainstNginxAndTheSite()
    {
        var run = await ToolProcess.RunAsync("bash", ["tools/load/run.sh", "--smoke"], Patience, published.Environment);

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.Contains("nginx serves the same", run.Output, StringComparison.Ordinal);
        Assert.Contains("site, as shipped", run.Output, StringComparison.Ordinal);
        Assert.Contains("x nginx", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ScaleScript_MeasuresStartLatencyReloadHugoAndTheExport()
    {
        var run = await ToolProcess.RunAsync("bash", ["tools/load/scale.sh", "--smoke"], Patience, published.Environment);

        Assert.True(run.ExitCode == 0, run.Tail);
        Assert.Contains("One-file reload", run.Output, StringComparison.Ordinal);
        Assert.Contains("Parse cache: 40 files from the cache, 0 parsed", run.Output, StringComparison.Ordinal);
        Assert.Contains("site export:", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"update log: Exported .*\(\d+ written, \d+ unchanged, 0 deleted\)", run.Output);
        Assert.Contains("export (update) / Hugo", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("export failed", run.Output, StringComparison.Ordinal);
    }
}
