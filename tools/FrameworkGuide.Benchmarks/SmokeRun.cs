namespace FrameworkGuide.Benchmarks;

/// <summary>Whether this process runs every benchmark once to check that it still runs (<c>--smoke</c>), in this process.</summary>
public static class SmokeRun
{
    public static bool Active { get; set; }
}
