using FrameworkGuide.Soak.Reading;
using FrameworkGuide.Soak.Site;
using FrameworkGuide.Soak.Writing;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.Soak.Reporting;

/// <summary>Everything one soak measured.</summary>
internal sealed record SoakResults
{
    public required SoakOptions Options { get; init; }

    public required string WebDirectory { get; init; }

    public required DateTimeOffset Started { get; init; }

    public required string LoadAtStart { get; init; }

    public required TimeSpan Startup { get; init; }

    public required InitialLoad? InitialLoad { get; init; }

    public required TimeSpan WarmUpDuration { get; init; }

    public required Tally WarmUp { get; init; }

    public required TimeSpan SoakDuration { get; init; }

    public required Tally Soak { get; init; }

    /// <summary><c>null</c> when the soak ran without a writer.</summary>
    public required WriterFigures? Writer { get; init; }

    /// <summary><c>null</c> when the soak ran without a writer.</summary>
    public required ConvergenceResult? Convergence { get; init; }

    public required MemoryFigures Memory { get; init; }

    public required SiteLog SiteLog { get; init; }

    /// <summary>The site's exit code when it exited during the soak (a crash); <c>null</c> when it ran to the end.</summary>
    public required int? SiteExitCode { get; init; }
}

/// <summary>What the writer process did.</summary>
internal sealed record WriterFigures(IReadOnlyDictionary<WriteKind, long> Counts, long Done, long Failed, int ErrorLines, IReadOnlyList<string> FirstErrors, TimeSpan Elapsed);

/// <summary>The site's VmRSS: when it was ready, after the warm-up, once a second during the soak, and at the end.</summary>
internal sealed record MemoryFigures(long? Start, long? AfterWarmUp, IReadOnlyList<MemorySample> Samples, long? End)
{
    /// <summary>Reported for reference: the end against this many times the value after the warm-up.</summary>
    /// <remarks>
    /// Not a verdict: the page and card caches go on filling after the warm-up, up to their bounds
    /// (<c>PageCache:MaxBytes</c>, <c>PageCache:CardMaxBytes</c>), as each new version of a guide is
    /// rendered, so the value after the warm-up is not the site's steady state.
    /// </remarks>
    public const double Bound = 2.0;

    /// <summary>
    /// The verdict: memory that is still growing in the last third of the soak, by more than this
    /// factor over the middle third, fails. Bounded caches filling up level off; a leak does not.
    /// </summary>
    public const double GrowthThreshold = 1.10;

    public double FirstThirdMean(TimeSpan duration) => Mean(TimeSpan.Zero, duration / 3);

    public double MiddleThirdMean(TimeSpan duration) => Mean(duration / 3, duration * 2 / 3);

    public double LastThirdMean(TimeSpan duration) => Mean(duration * 2 / 3, TimeSpan.MaxValue);

    public bool WithinBound => AfterWarmUp is not { } baseline || End is not { } end || end <= Bound * baseline;

    /// <summary>True when the last third is at most <see cref="GrowthThreshold"/> times the middle third.</summary>
    public bool LevelledOff(TimeSpan duration) =>
        Samples.Count < 3 || LastThirdMean(duration) <= GrowthThreshold * MiddleThirdMean(duration);

    private double Mean(TimeSpan from, TimeSpan to) =>
        Stats.Mean(Samples.Where(sample => sample.At >= from && sample.At < to).Select(sample => (double)sample.Bytes));
}
