using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.ReloadBench.Site;

/// <summary>
/// The site's console output, read as it arrives: the reloader's "Loaded ..." and "Reloaded ..."
/// lines (stamped with <see cref="Stopwatch.GetTimestamp"/> when read), a count of warnings and
/// errors, and the last lines for a failure message.
/// </summary>
internal sealed partial class ReloadLog : ISiteOutput
{
    private const int TailLength = 40;
    private readonly ConcurrentQueue<string> tail = new();
    private readonly ConcurrentQueue<Reload> reloads = new();
    private readonly ConcurrentQueue<string> problems = new();
    private int problemCount;

    /// <summary>The initial load, once the site has logged it.</summary>
    public InitialLoad? Initial { get; private set; }

    public int ProblemCount => Volatile.Read(ref problemCount);

    /// <summary>The first warnings and errors the site logged.</summary>
    public IReadOnlyList<string> FirstProblems => problems.Take(5).ToList();

    public string Tail => string.Join(Environment.NewLine, tail);

    public void Add(string line)
    {
        var now = Stopwatch.GetTimestamp();
        tail.Enqueue(line);
        while (tail.Count > TailLength && tail.TryDequeue(out _))
        {
        }

        if (SiteLines.Reloaded(line) is { } reloaded)
        {
            reloads.Enqueue(new Reload(now, reloaded.ElapsedMs, reloaded.ChangedCount));
        }
        else if (SiteLines.Loaded(line) is { } loaded)
        {
            Initial = loaded;
        }

        if (ProblemLine().IsMatch(line))
        {
            Interlocked.Increment(ref problemCount);
            if (problems.Count < 5)
            {
                problems.Enqueue(line);
            }
        }
    }

    /// <summary>The reloads logged between two timestamps.</summary>
    public IReadOnlyList<Reload> Between(long start, long end) =>
        reloads.Where(reload => reload.Timestamp >= start && reload.Timestamp <= end).ToList();

    // Serilog's console template in appsettings.json: "[HH:mm:ss WRN] ...".
    [GeneratedRegex(@"^\[[\d:]+ (WRN|ERR|FTL)\]", RegexOptions.CultureInvariant)]
    private static partial Regex ProblemLine();
}

/// <summary>One reload the site logged: when the line arrived, the time the reload took, the guides it changed.</summary>
internal sealed record Reload(long Timestamp, double ElapsedMs, int ChangedCount);
