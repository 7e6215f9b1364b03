using FrameworkGuide.Soak;
using FrameworkGuide.Soak.Writing;
using FrameworkGuide.ToolSupport;

// Soaks the running site: many readers on every kind of page while a writer process keeps changing
// the content folder. See docs/benchmarks/soak.md for what it checks and how to read the figures.
using var stop = new StopSignals();

if (args is [WriterOptions.Flag, ..])
{
    return await WriteAsync();
}

SoakOptions options;
try
{
    options = SoakOptions.Parse(args);
}
catch (ArgumentException error)
{
    await Console.Error.WriteLineAsync($"error: {error.Message}{Environment.NewLine}{Environment.NewLine}{SoakOptions.Usage}");
    return 2;
}

if (options.ShowHelp)
{
    Console.WriteLine(SoakOptions.Usage);
    return 0;
}

try
{
    return await Soak.RunAsync(options, stop.Token);
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

// The writer process (started by the soak itself): stops at its deadline, on a signal, or when its
// input closes because the soak has gone.
async Task<int> WriteAsync()
{
    WriterOptions writerOptions;
    try
    {
        writerOptions = WriterOptions.Parse(args);
    }
    catch (ArgumentException error)
    {
        await Console.Error.WriteLineAsync($"error: {error.Message}");
        return 2;
    }

    _ = Task.Run(
        async () =>
        {
            await Console.In.ReadToEndAsync(CancellationToken.None);
            await stop.CancelAsync();
        },
        CancellationToken.None);
    await new Writer(writerOptions, Console.Out).RunAsync(stop.Token);
    return 0;
}
