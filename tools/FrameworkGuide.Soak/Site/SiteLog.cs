using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.Soak.Site;

/// <summary>
/// The site's console output, read as it arrives. It counts reloads, the content problems the site
/// reports about files (expected: the writer breaks guides and deletes the targets of links), and
/// every other error (unexpected: an exception, a failed reload, a parser crash) and warning (such as
/// Kestrel's heartbeat warning when the machine is too busy to run the site's timers on time).
/// </summary>
internal sealed partial class SiteLog(TextWriter? transcript) : ISiteOutput
{
    private const int TailLength = 40;
    private const int KeptProblems = 10;
    private const int KeptLinesPerProblem = 25;
    private readonly Lock gate = new();
    private readonly ConcurrentQueue<string> tail = new();
    private readonly List<StringBuilder> unexpected = [];
    private readonly List<double> reloadMilliseconds = [];
    private StringBuilder? current;
    private int currentLines;

    /// <summary>The initial load, once the site has logged it.</summary>
    public InitialLoad? Initial { get; private set; }

    /// <summary>Errors other than content problems: each one fails the soak.</summary>
    public int UnexpectedErrors { get; private set; }

    /// <summary>Warnings other than content problems: reported, not failed.</summary>
    public int UnexpectedWarnings { get; private set; }

    /// <summary>Lines like <c>content/x.md:12: error: …</c>, the site's reports about content files.</summary>
    public int ContentDiagnostics { get; private set; }

    /// <summary>"Failed to determine the https port for redirect.": the site runs on http only here.</summary>
    public int HttpsPortWarnings { get; private set; }

    public string Tail => string.Join(Environment.NewLine, tail);

    public IReadOnlyList<string> FirstUnexpected
    {
        get
        {
            lock (gate)
            {
                return unexpected.Select(entry => entry.ToString()).ToList();
            }
        }
    }

    public IReadOnlyList<double> ReloadMilliseconds
    {
        get
        {
            lock (gate)
            {
                return reloadMilliseconds.ToList();
            }
        }
    }

    public void Add(string line)
    {
        Copy(line);
        tail.Enqueue(line);
        while (tail.Count > TailLength && tail.TryDequeue(out _))
        {
        }

        lock (gate)
        {
            Classify(line);
        }
    }

    private void Copy(string line)
    {
        try
        {
            transcript?.WriteLine(line);
        }
        catch (ObjectDisposedException)
        {
            // A last line after the soak closed its log.
        }
    }

    private void Classify(string line)
    {
        if (!line.StartsWith('['))
        {
            // The rest of a multi-line entry: an exception's stack trace, say.
            if (current is not null && currentLines++ < KeptLinesPerProblem)
            {
                current.AppendLine().Append(line);
            }

            return;
        }

        current = null;
        if (SiteLines.Reloaded(line) is { } reloaded)
        {
            reloadMilliseconds.Add(reloaded.ElapsedMs);
        }
        else if (SiteLines.Loaded(line) is { } loaded)
        {
            Initial = loaded;
        }
        else if (ProblemLine().Match(line) is { Success: true } problem)
        {
            var message = problem.Groups["message"].Value;
            if (ContentDiagnostic().IsMatch(message) && !message.Contains("could not be parsed", StringComparison.Ordinal))
            {
                ContentDiagnostics++;
            }
            else if (message.StartsWith("Failed to determine the https port for redirect", StringComparison.Ordinal))
            {
                HttpsPortWarnings++;
            }
            else
            {
                if (problem.Groups["level"].Value == "WRN")
                {
                    UnexpectedWarnings++;
                }
                else
                {
                    UnexpectedErrors++;
                }

                if (unexpected.Count < KeptProblems)
                {
                    current = new StringBuilder(line);
                    currentLines = 0;
                    unexpected.Add(current);
                }
            }
        }
    }

    // Serilog's console template in appsettings.json: "[HH:mm:ss WRN] message".
    [GeneratedRegex(@"^\[[\d:]+ (?<level>WRN|ERR|FTL)\] (?<message>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ProblemLine();

    // ContentReloader's LogContentError, LogServingLastGood and LogContentWarning: "{Path}:{Line}: error: {Message}".
    [GeneratedRegex(@"^\S+\.md:\d+: (error|warning): ", RegexOptions.CultureInvariant)]
    private static partial Regex ContentDiagnostic();
}
