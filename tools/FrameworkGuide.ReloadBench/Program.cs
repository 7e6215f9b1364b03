using FrameworkGuide.ReloadBench;
using FrameworkGuide.ToolSupport;

// Times how long a content change takes to reach the running site's pages.
// See docs/benchmarks/reload.md for what it measures and how to read the figures.
BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync($"error: {error.Message}{Environment.NewLine}{Environment.NewLine}{BenchOptions.Usage}");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

using var stop = new StopSignals();

try
{
    return await Bench.RunAsync(options, stop.Token);
}
catch (OperationCanceledException) when (stop.IsStopRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (ToolException error)
{
    await Console.Error.WriteLineAsync($"error: {error.Message}");
    return 2;
}
