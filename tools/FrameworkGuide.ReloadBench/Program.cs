using System.Runtime.InteropServices;
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

// Ctrl+C, SIGTERM and a closed terminal let the run unwind, so the site is killed and the
// temporary folder deleted.
using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};
using var onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Unwind);
using var onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Unwind);

try
{
    return await Bench.RunAsync(options, stop.Token);
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    await Console.Error.WriteLineAsync("Cancelled.");
    return 130;
}
catch (ToolException error)
{
    await Console.Error.WriteLineAsync($"error: {error.Message}");
    return 2;
}

void Unwind(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}
