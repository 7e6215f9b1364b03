using System.Globalization;
using System.Text;
using FrameworkGuide.ReloadBench.Scenarios;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.ReloadBench.Reporting;

/// <summary>
/// Prints the figures as a markdown table, checks them against the targets and gives the exit code:
/// 0 when every target is met, 1 when one is missed.
/// </summary>
internal static class BenchReport
{
    public static readonly TimeSpan EditTarget = TimeSpan.FromMilliseconds(200);
    public static readonly TimeSpan BulkTarget = TimeSpan.FromSeconds(2);

    public static int Print(BenchResults results, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        var options = results.Options;
        var edits = results.Edits;
        var visible = edits.Where(edit => edit.Visible is not null).Select(edit => edit.Visible!.Value.TotalMilliseconds).ToList();
        var lostEdits = edits.Count(edit => edit.Visible is null);
        var editMedian = lostEdits == 0 ? Stats.Median(visible) : double.PositiveInfinity;
        var bulkAll = results.Bulk.Select(round => round.AllVisible?.TotalMilliseconds ?? double.PositiveInfinity).ToList();
        var bulkMedian = bulkAll.Count > 0 ? Stats.Median(bulkAll) : double.NaN;
        var failures = results.BackgroundFailures + results.PollFailures;

        var editMet = editMedian < EditTarget.TotalMilliseconds;
        var bulkMet = bulkAll.Count == 0 || bulkMedian < BulkTarget.TotalMilliseconds;
        var failuresMet = failures == 0;

        var text = new StringBuilder();
        text.AppendLine(c, $"FrameworkGuide reload benchmark, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine(c, $"Machine: {Machine.Describe()}");
        text.AppendLine(c, $"Site:    {results.WebDirectory}");
        text.AppendLine(c, $"Run:     N={options.Guides} guides (average {results.AverageGuideBytes / 1024:0.0} KB), R={options.Edits} edits, B={options.BulkRounds} bulk rounds");
        text.AppendLine(c, $"Startup: / answered 200 after {results.Startup.TotalMilliseconds:0} ms; {InitialLoad(results)}");
        text.AppendLine();
        text.AppendLine("| Measure | Figure | Target | Met |");
        text.AppendLine("| --- | --- | --- | --- |");
        text.AppendLine(c, $"| Single-file edit to visible, median of {edits.Count} | {Ms(editMedian)} | < {EditTarget.TotalMilliseconds:0} ms | {YesNo(editMet)} |");
        text.AppendLine(c, $"| Single-file edit to visible, p90 | {Ms(Stats.Percentile(visible, 0.9))} | | |");
        text.AppendLine(c, $"| Single-file edit to visible, max | {Ms(visible.Count > 0 ? visible.Max() : double.NaN)} | | |");
        foreach (var kind in Enum.GetValues<SaveKind>())
        {
            var ofKind = edits.Where(edit => edit.Kind == kind && edit.Visible is not null).Select(edit => edit.Visible!.Value.TotalMilliseconds).ToList();
            text.AppendLine(c, $"| ... saved {Describe(kind)}: median / max of {ofKind.Count} | {Ms(Stats.Median(ofKind))} / {Ms(ofKind.Count > 0 ? ofKind.Max() : double.NaN)} | | |");
        }

        text.AppendLine(c, $"| ... reloads per edit (median); reload time the site logs, which leaves out rebuilding the set (median / max) | {Stats.Median(edits.Select(edit => (double)edit.Reloads.Count)):0.#}, {Ms(Stats.Median(edits.SelectMany(edit => edit.Reloads).Select(reload => reload.ElapsedMs)))} / {Ms(edits.SelectMany(edit => edit.Reloads).Select(reload => reload.ElapsedMs).DefaultIfEmpty(double.NaN).Max())} | | |");
        text.AppendLine(c, $"| ... save to the site's \"Reloaded\" line read (median / max) | {Ms(Stats.Median(edits.Where(edit => edit.FirstReloadLogged is not null).Select(edit => edit.FirstReloadLogged!.Value.TotalMilliseconds)))} / {Ms(edits.Where(edit => edit.FirstReloadLogged is not null).Select(edit => edit.FirstReloadLogged!.Value.TotalMilliseconds).DefaultIfEmpty(double.NaN).Max())} | | |");
        text.AppendLine(c, $"| ... edits not visible within 10 s | {lostEdits} | 0 | {YesNo(lostEdits == 0)} |");
        if (results.Bulk.Count > 0)
        {
            text.AppendLine(c, $"| Bulk change of {options.Guides} files to all visible, median of {results.Bulk.Count} | {Seconds(bulkMedian)} | < {BulkTarget.TotalSeconds:0} s | {YesNo(bulkMet)} |");
            text.AppendLine(c, $"| ... each round | {string.Join(", ", bulkAll.Select(Seconds))} | | |");
            text.AppendLine(c, $"| ... writing the files (each round) | {string.Join(", ", results.Bulk.Select(round => Ms(round.Written.TotalMilliseconds)))} | | |");
            text.AppendLine(c, $"| ... last written guide visible (each round) | {string.Join(", ", results.Bulk.Select(round => Seconds(round.LastVisible?.TotalMilliseconds ?? double.PositiveInfinity)))} | | |");
            text.AppendLine(c, $"| ... guides not yet visible when the last one was / never visible | {string.Join(", ", results.Bulk.Select(round => round.Stragglers))} / {string.Join(", ", results.Bulk.Select(round => round.Missing))} | | |");
            text.AppendLine(c, $"| ... reloads the site logged (each round: count, ms each) | {string.Join("; ", results.Bulk.Select(Reloads))} | | |");
        }

        text.AppendLine(c, $"| Failed requests: background readers | {results.BackgroundFailures} of {results.BackgroundRequests:N0} | 0 | {YesNo(results.BackgroundFailures == 0)} |");
        text.AppendLine(c, $"| Failed requests: polls (incl. polls given up after 10 s) | {results.PollFailures} of {results.PollRequests:N0} | 0 | {YesNo(results.PollFailures == 0)} |");
        text.AppendLine(c, $"| Warning/error lines the site logged | {results.SiteProblemLines} | | |");

        foreach (var line in results.FirstBackgroundFailures.Concat(results.FirstPollFailures).Concat(results.FirstSiteProblems))
        {
            text.AppendLine(c, $"  {line}");
        }

        text.AppendLine();
        var missed = new List<string>();
        if (!editMet)
        {
            missed.Add("median single-file edit to visible");
        }

        if (!bulkMet)
        {
            missed.Add("bulk change to all visible");
        }

        if (!failuresMet)
        {
            missed.Add("no failed requests");
        }

        text.AppendLine(missed.Count == 0 ? "All targets met." : $"Targets missed: {string.Join(", ", missed)}.");
        output.Write(text.ToString());
        return missed.Count == 0 ? 0 : 1;
    }

    private static string InitialLoad(BenchResults results) =>
        results.InitialLoad is { } load
            ? string.Create(CultureInfo.InvariantCulture, $"the site loaded {load.Guides} guides in {load.ElapsedMs:0} ms ({load.Rejected} rejected, {load.Errors} errors, {load.Warnings} warnings)")
            : "the site's \"Loaded\" line was not seen";

    private static string Reloads(BulkTiming round) =>
        string.Create(CultureInfo.InvariantCulture, $"{round.Reloads.Count}: {string.Join(" + ", round.Reloads.Select(reload => $"{reload.ElapsedMs:0}"))}");

    private static string Describe(SaveKind kind) => kind switch
    {
        SaveKind.MoveOver => "by moving a file over",
        _ => "in place",
    };

    private static string Ms(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a" : double.IsInfinity(milliseconds) ? "never" : string.Create(CultureInfo.InvariantCulture, $"{milliseconds:0.0} ms");

    private static string Seconds(double milliseconds) =>
        double.IsNaN(milliseconds) ? "n/a" : double.IsInfinity(milliseconds) ? "never" : string.Create(CultureInfo.InvariantCulture, $"{milliseconds / 1000:0.00} s");

    private static string YesNo(bool met) => met ? "yes" : "**no**";
}
