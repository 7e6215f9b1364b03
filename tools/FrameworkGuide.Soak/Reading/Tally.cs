using System.Collections.Concurrent;

namespace FrameworkGuide.Soak.Reading;

/// <summary>Counts per kind of page (answers, status codes, problems) and each answer's latency; safe to add to from many readers.</summary>
internal sealed class Tally
{
    private const int ExamplesPerProblem = 3;
    private readonly Dictionary<PageType, PageTally> pages = Enum.GetValues<PageType>().ToDictionary(type => type, _ => new PageTally());
    private readonly ConcurrentDictionary<Problem, ConcurrentQueue<string>> examples = new();

    public IReadOnlyDictionary<PageType, PageTally> Pages => pages;

    public long Requests => pages.Values.Sum(page => page.Requests);

    public long ProblemCount => pages.Values.Sum(page => page.ProblemCount);

    public IReadOnlyDictionary<Problem, long> Problems =>
        Enum.GetValues<Problem>()
            .Select(problem => (problem, count: pages.Values.Sum(page => page.Problems.GetValueOrDefault(problem))))
            .Where(entry => entry.count > 0)
            .ToDictionary(entry => entry.problem, entry => entry.count);

    public IReadOnlyDictionary<int, long> Statuses =>
        pages.Values.SelectMany(page => page.Statuses)
            .GroupBy(pair => pair.Key)
            .OrderBy(group => group.Key)
            .ToDictionary(group => group.Key, group => group.Sum(pair => pair.Value));

    public IReadOnlyList<string> Examples(Problem problem) =>
        examples.TryGetValue(problem, out var queue) ? queue.ToList() : [];

    /// <param name="status">The status code; <c>null</c> when there was no answer.</param>
    public void Add(PageType type, int? status, double milliseconds, IReadOnlyList<Finding> findings)
    {
        var page = pages[type];
        page.Add(status, milliseconds, findings);
        foreach (var finding in findings)
        {
            var queue = examples.GetOrAdd(finding.Problem, _ => new ConcurrentQueue<string>());
            if (queue.Count < ExamplesPerProblem)
            {
                queue.Enqueue(finding.Detail);
            }
        }
    }
}

/// <summary>The figures of one kind of page.</summary>
internal sealed class PageTally
{
    private readonly Lock gate = new();
    private readonly List<double> latencies = [];
    private readonly Dictionary<int, long> statuses = [];
    private readonly Dictionary<Problem, long> problems = [];

    public long Requests { get; private set; }

    /// <summary>Answers with at least one problem.</summary>
    public long ProblemAnswers { get; private set; }

    public long ProblemCount
    {
        get
        {
            lock (gate)
            {
                return problems.Values.Sum();
            }
        }
    }

    public IReadOnlyDictionary<int, long> Statuses
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<int, long>(statuses);
            }
        }
    }

    public IReadOnlyDictionary<Problem, long> Problems
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<Problem, long>(problems);
            }
        }
    }

    /// <summary>Milliseconds from sending each request to having the whole body, answered requests only.</summary>
    public IReadOnlyList<double> Latencies
    {
        get
        {
            lock (gate)
            {
                return latencies.ToList();
            }
        }
    }

    public void Add(int? status, double milliseconds, IReadOnlyList<Finding> findings)
    {
        lock (gate)
        {
            Requests++;
            if (status is { } code)
            {
                statuses[code] = statuses.GetValueOrDefault(code) + 1;
                latencies.Add(milliseconds);
            }

            if (findings.Count > 0)
            {
                ProblemAnswers++;
            }

            foreach (var finding in findings)
            {
                problems[finding.Problem] = problems.GetValueOrDefault(finding.Problem) + 1;
            }
        }
    }
}
