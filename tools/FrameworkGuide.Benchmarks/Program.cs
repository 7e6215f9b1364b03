using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FrameworkGuide.Benchmarks;

// BenchmarkDotNet's own command line (--filter, --job short, --list flat, ...), plus --smoke:
// every benchmark once, in this process, in seconds, to check that they still run (CI).
// With no --filter every benchmark runs. Results go to artifacts/benchmarks/ of the repository.
var smoke = args.Contains("--smoke");
SmokeRun.Active = smoke;
var rest = args.Where(arg => arg != "--smoke").ToList();
if (!rest.Any(arg => arg is "--filter" or "-f" or "--list" or "--info" or "--help" or "-h" or "--version" or "--allCategories" or "--anyCategories"))
{
    rest.AddRange(["--filter", "*"]);
}

IConfig config = DefaultConfig.Instance.WithArtifactsPath(ArtifactsFolder.Find());
if (smoke)
{
    // Figures are not judged here, so a Debug build (as the test suite builds it) may run too.
    config = config.AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance).WithId("Smoke").AsDefault())
        .WithOptions(ConfigOptions.DisableOptimizationsValidator);
}

var summaries = BenchmarkSwitcher.FromAssembly(typeof(ArtifactsFolder).Assembly).Run([.. rest], config).ToList();
var failed = summaries.Where(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)).ToList();
foreach (var summary in failed)
{
    await Console.Error.WriteLineAsync($"error: {summary.Title} failed; see {summary.LogFilePath}");
}

return failed.Count == 0 ? 0 : 1;
