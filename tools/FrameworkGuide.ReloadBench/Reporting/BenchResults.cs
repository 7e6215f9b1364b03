using FrameworkGuide.ReloadBench.Scenarios;
using FrameworkGuide.ReloadBench.Site;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.ReloadBench.Reporting;

/// <summary>Everything one run measured.</summary>
internal sealed record BenchResults
{
    public required BenchOptions Options { get; init; }

    public required string WebDirectory { get; init; }

    public required double AverageGuideBytes { get; init; }

    public required TimeSpan Startup { get; init; }

    public required InitialLoad? InitialLoad { get; init; }

    public required IReadOnlyList<EditTiming> Edits { get; init; }

    public required IReadOnlyList<BulkTiming> Bulk { get; init; }

    public required long BackgroundRequests { get; init; }

    public required int BackgroundFailures { get; init; }

    public required IReadOnlyList<string> FirstBackgroundFailures { get; init; }

    public required long PollRequests { get; init; }

    public required int PollFailures { get; init; }

    public required IReadOnlyList<string> FirstPollFailures { get; init; }

    public required int SiteProblemLines { get; init; }

    public required IReadOnlyList<string> FirstSiteProblems { get; init; }
}
