using System.Globalization;
using System.Text;
using FrameworkGuide.Soak.Reading;
using FrameworkGuide.Soak.Site;
using FrameworkGuide.Soak.Writing;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.Soak.Reporting;

/// <summary>
/// Prints the figures (markdown tables, ready for docs/benchmarks/soak.md), lists what failed and
/// gives the exit code: 0 when every check passed, 1 when one failed.
/// </summary>
internal static class SoakReport
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static int Print(SoakResults results, TextWriter output)
    {
        var text = new StringBuilder();
        var options = results.Options;
        var soak = results.Soak;
        text.AppendLine(C, $"FrameworkGuide soak, {results.Started:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(C, $"Machine: {Machine.Describe()}");
        text.AppendLine(C, $"Load:    1-minute load average {results.LoadAtStart} at the start, {Machine.LoadAverage()} at the end (the soak's own load included)");
        text.AppendLine(C, $"Site:    {results.WebDirectory} (Production, Serilog at Warning, Security:PermitsPerSecond={Soak.PermitsPerSecond})");
        text.AppendLine(C, $"Run:     N={options.Guides} guides, R={options.Readers} readers, D={options.Seconds} s after a {results.WarmUpDuration.TotalSeconds:0} s warm-up (every page once, then {Soak.WarmUp.TotalSeconds:0} s of readers), W={options.WritesPerSecond} writes/s, seed {options.Seed}");
        text.AppendLine(C, $"Startup: / answered 200 after {results.Startup.TotalMilliseconds:0} ms; {InitialLoad(results.InitialLoad)}");
        text.AppendLine();

        text.AppendLine(C, $"Answers: {soak.Requests:N0} in {results.SoakDuration.TotalSeconds:0.0} s ({soak.Requests / results.SoakDuration.TotalSeconds:N0}/s); {Statuses(soak.Statuses)}; failed requests: {soak.Problems.GetValueOrDefault(Problem.RequestFailed):N0}");
        text.AppendLine(C, $"Warm-up: {results.WarmUp.Requests:N0} answers, {results.WarmUp.ProblemCount:N0} problems (not in the table)");
        text.AppendLine();
        text.AppendLine("| Page | Answers | 200 | 301 | 404 | Other | Problems | p50 | p90 | p99 | max |");
        text.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (type, page) in soak.Pages)
        {
            var statuses = page.Statuses;
            var other = statuses.Where(pair => pair.Key is not (200 or 301 or 404)).Sum(pair => pair.Value);
            var latencies = page.Latencies.Order().ToList();
            text.AppendLine(C, $"| `{type.Pattern()}` | {page.Requests:N0} | {statuses.GetValueOrDefault(200):N0} | {statuses.GetValueOrDefault(301):N0} | {statuses.GetValueOrDefault(404):N0} | {other:N0} | {page.ProblemCount:N0} | {Ms(Stats.Percentile(latencies, 0.5))} | {Ms(Stats.Percentile(latencies, 0.9))} | {Ms(Stats.Percentile(latencies, 0.99))} | {Ms(latencies.Count > 0 ? latencies[^1] : double.NaN)} |");
        }

        text.AppendLine();
        AppendProblems(text, "Problems during the soak", soak);
        AppendProblems(text, "Problems during the warm-up", results.WarmUp);
        AppendWriter(text, results);
        AppendSite(text, results);
        AppendMemory(text, results);

        var failed = Failures(results);
        text.AppendLine(failed.Count == 0 ? "All checks passed." : $"Checks failed: {string.Join("; ", failed)}.");
        output.Write(text.ToString());
        return failed.Count == 0 ? 0 : 1;
    }

    private static List<string> Failures(SoakResults results)
    {
        var failed = new List<string>();
        foreach (var problem in results.Soak.Problems.Concat(results.WarmUp.Problems).GroupBy(pair => pair.Key, pair => pair.Value))
        {
            failed.Add(string.Create(C, $"{Describe(problem.Key)} ({problem.Sum():N0})"));
        }

        if (results.SiteExitCode is { } code)
        {
            failed.Add($"the site exited during the soak with code {code}");
        }

        if (results.SiteLog.UnexpectedErrors > 0)
        {
            failed.Add(string.Create(C, $"the site logged {results.SiteLog.UnexpectedErrors} errors other than content problems"));
        }

        if (results.Writer is { } writer && (writer.Failed > 0 || writer.ErrorLines > 0))
        {
            failed.Add("the writer could not do all its work");
        }

        if (results.Convergence is { Failures: > 0 } convergence)
        {
            failed.Add(string.Create(C, $"{convergence.Failures} guides did not show what the writer left within {Convergence.Patience.TotalSeconds:0} s"));
        }

        if (!results.Options.Smoke && !results.Memory.LevelledOff(results.SoakDuration))
        {
            failed.Add(string.Create(C, $"memory is still growing: the last third of the soak is over {MemoryFigures.GrowthThreshold - 1:0%} above the middle third"));
        }

        return failed;
    }

    private static void AppendProblems(StringBuilder text, string title, Tally tally)
    {
        var problems = tally.Problems;
        if (problems.Count == 0)
        {
            text.AppendLine(C, $"{title}: none.");
            text.AppendLine();
            return;
        }

        text.AppendLine(C, $"{title}:");
        foreach (var (problem, count) in problems)
        {
            text.AppendLine(C, $"- {Describe(problem)}: {count:N0}");
            foreach (var example in tally.Examples(problem))
            {
                text.AppendLine(C, $"  - {example}");
            }
        }

        text.AppendLine();
    }

    private static void AppendWriter(StringBuilder text, SoakResults results)
    {
        if (results.Writer is not { } writer)
        {
            text.AppendLine("Writer: none (W=0).");
            text.AppendLine();
            return;
        }

        var kinds = string.Join(", ", writer.Counts.Select(pair => string.Create(C, $"{Describe(pair.Key)} {pair.Value:N0}")));
        text.AppendLine(C, $"Writer (a second process): {writer.Done:N0} operations in {writer.Elapsed.TotalSeconds:0.0} s ({writer.Done / writer.Elapsed.TotalSeconds:0.0}/s): {kinds}; {writer.Failed} failed");
        foreach (var line in writer.FirstErrors)
        {
            text.AppendLine(C, $"  {line}");
        }

        if (results.Convergence is { } convergence)
        {
            text.AppendLine(convergence.Failures == 0
                ? string.Create(C, $"After the writer stopped: all {convergence.Guides} guides showed their last good version, or 404 when deleted, and their old addresses redirected (checked in {convergence.Elapsed.TotalSeconds:0.00} s).")
                : string.Create(C, $"After the writer stopped: {convergence.Failures} of {convergence.Guides} guides did not show what the writer left within {Convergence.Patience.TotalSeconds:0} s:"));
            foreach (var failure in convergence.FirstFailures)
            {
                text.AppendLine(C, $"  - {failure}");
            }
        }

        text.AppendLine();
    }

    private static void AppendSite(StringBuilder text, SoakResults results)
    {
        var log = results.SiteLog;
        var reloads = log.ReloadMilliseconds.Order().ToList();
        text.AppendLine(C, $"Site: {reloads.Count:N0} reloads (reload time the site logs: median {Ms(Stats.Percentile(reloads, 0.5))}, max {Ms(reloads.Count > 0 ? reloads[^1] : double.NaN)}); {log.ContentDiagnostics:N0} lines about content files (expected: broken edits, links to deleted or renamed guides); {log.UnexpectedErrors} other errors and {log.UnexpectedWarnings} other warnings; {(results.SiteExitCode is { } code ? $"exited with code {code} during the soak" : "ran to the end")}.");
        foreach (var line in log.FirstUnexpected)
        {
            text.AppendLine(C, $"  {line}");
        }

        text.AppendLine();
    }

    private static void AppendMemory(StringBuilder text, SoakResults results)
    {
        var memory = results.Memory;
        var duration = results.SoakDuration;
        text.AppendLine("| Site memory (VmRSS) | MB |");
        text.AppendLine("| --- | ---: |");
        text.AppendLine(C, $"| Site ready | {Mb(memory.Start)} |");
        text.AppendLine(C, $"| After the warm-up | {Mb(memory.AfterWarmUp)} |");
        for (var at = TimeSpan.FromSeconds(10); at <= duration; at += TimeSpan.FromSeconds(10))
        {
            var sample = memory.Samples.LastOrDefault(sample => sample.At <= at);
            text.AppendLine(C, $"| Soak {at.TotalSeconds:0} s | {Mb(sample?.Bytes)} |");
        }

        text.AppendLine(C, $"| End | {Mb(memory.End)} |");
        text.AppendLine();
        var first = memory.FirstThirdMean(duration);
        var middle = memory.MiddleThirdMean(duration);
        var last = memory.LastThirdMean(duration);
        text.AppendLine(C, $"Memory: mean of the first third {Mb(first)} MB, of the middle third {Mb(middle)} MB, of the last third {Mb(last)} MB ({(last / middle) - 1:+0%;-0%;0%} over the middle third).");
        text.AppendLine(C, $"Verdict: {(results.Options.Smoke ? "not judged (--smoke: too short a run)" : memory.LevelledOff(duration) ? "levelled off" : "**still growing**")} (still growing means the last third over +{MemoryFigures.GrowthThreshold - 1:0%} above the middle third; the page and card caches fill up to their bounds after the warm-up, so some growth before that is expected).");
        text.AppendLine(C, $"For reference: the end is {(double?)memory.End / memory.AfterWarmUp:0.00}× the value after the warm-up ({(memory.WithinBound ? "within" : "over")} {MemoryFigures.Bound}×).");
        text.AppendLine();
    }

    private static string Statuses(IReadOnlyDictionary<int, long> statuses) =>
        string.Join(", ", statuses.Select(pair => string.Create(C, $"{pair.Key}: {pair.Value:N0}")));

    private static string InitialLoad(InitialLoad? load) =>
        load is null
            ? "the site's \"Loaded\" line was not seen"
            : string.Create(C, $"the site loaded {load.Guides} guides in {load.ElapsedMs:0} ms ({load.Rejected} rejected, {load.Errors} errors, {load.Warnings} warnings)");

    private static string Describe(Problem problem) => problem switch
    {
        Problem.ServerError => "5xx answers",
        Problem.RequestFailed => "failed requests",
        Problem.UnexpectedStatus => "unexpected status codes",
        Problem.TruncatedHtml => "HTML not ending with </html>",
        Problem.Malformed => "malformed JSON, XML or PNG",
        Problem.WrongContentType => "wrong content types",
        Problem.TornPage => "torn pages (two versions of one guide)",
        Problem.IncompleteGuide => "incomplete guides (parts missing)",
        Problem.WrongGuide => "pages without their guide",
        Problem.BrokenVersionServed => "broken edits served",
        Problem.WentBack => "stale versions after a newer one was served",
        _ => "bad redirects",
    };

    private static string Describe(WriteKind kind) => kind switch
    {
        WriteKind.InPlace => "in place",
        WriteKind.MoveOver => "moved over",
        WriteKind.Add => "added",
        WriteKind.Rename => "renamed",
        WriteKind.Delete => "deleted",
        WriteKind.ReAdd => "re-added",
        _ => "broken",
    };

    private static string Ms(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a" : string.Create(C, $"{milliseconds:0.0} ms");

    private static string Mb(double? bytes) =>
        bytes is { } value && !double.IsNaN(value) ? string.Create(C, $"{value / 1024 / 1024:0.0}") : "n/a";
}
