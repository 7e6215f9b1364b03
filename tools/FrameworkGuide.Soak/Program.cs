using FrameworkGuide.Soak;
using FrameworkGuide.Soak.Writing;
using FrameworkGuide.ToolSupport;

// Soaks the running site: many readers on every kind of page while a writer process keeps changing
// the content folder. See docs/benchmarks/soak.md for what it checks and how to read the figures.
if (args is [WriterOptions.Flag, ..])
{
    return await WriteAsync();
}

return await ToolProgram.RunAsync(args, SoakOptions.Parse, options => options.ShowHelp, SoakOptions.Usage, Soak.RunAsync);

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

    using var stop = new StopSignals();
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
