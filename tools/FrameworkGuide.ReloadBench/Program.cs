using FrameworkGuide.ReloadBench;

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

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // Let the run unwind, so the site is killed and the temporary folder deleted.
    e.Cancel = true;
    stop.Cancel();
};

try
{
    return await Bench.RunAsync(options, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (BenchException error)
{
    await Console.Error.WriteLineAsync($"error: {error.Message}");
    return 2;
}
