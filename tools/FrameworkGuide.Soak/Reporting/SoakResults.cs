using FrameworkGuide.Soak.Reading;
using FrameworkGuide.Soak.Site;
using FrameworkGuide.Soak.Writing;

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
    /// <summary>The end may be at most this many times the value after the warm-up.</summary>
    public const double Bound = 2.0;

    /// <summary>A last third this much above the first third counts as growing (reported, not failed).</summary>
    public const double GrowthThreshold = 1.10;

    public double FirstThirdMean(TimeSpan duration) =>
        Reporting.Stats.Mean(Samples.Where(sample => sample.At < duration / 3).Select(sample => (double)sample.Bytes));

    public double LastThirdMean(TimeSpan duration) =>
        Reporting.Stats.Mean(Samples.Where(sample => sample.At >= duration * 2 / 3).Select(sample => (double)sample.Bytes));

    public bool WithinBound => AfterWarmUp is not { } baseline || End is not { } end || end <= Bound * baseline;
}
