namespace FrameworkGuide.ToolSupport;

/// <summary>
/// What every tool's <c>Program</c> does: read the options (exit 2 with the usage on a bad one, 0
/// after <c>--help</c>), run until done or stopped by a signal, and turn the outcome into the exit
/// code: the tool's own, 130 when stopped, 2 when it could not run (<see cref="ToolException"/>).
/// </summary>
public static class ToolProgram
{
    /// <param name="parse">Reads the options; throws <see cref="ArgumentException"/> on a bad one.</param>
    /// <param name="showHelp">Whether the options ask for the usage only.</param>
    public static async Task<int> RunAsync<TOptions>(
        string[] args,
        Func<string[], TOptions> parse,
        Func<TOptions, bool> showHelp,
        string usage,
        Func<TOptions, CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(showHelp);
        ArgumentNullException.ThrowIfNull(run);
        TOptions options;
        try
        {
            options = parse(args);
        }
        catch (ArgumentException error)
        {
            await Console.Error.WriteLineAsync($"error: {error.Message}{Environment.NewLine}{Environment.NewLine}{usage}");
            return 2;
        }

        if (showHelp(options))
        {
            Console.WriteLine(usage);
            return 0;
        }

        using var stop = new StopSignals();
        return await RunAsync(stop, token => run(options, token));
    }

    /// <summary>Runs <paramref name="run"/> until done or stopped, and returns its exit code, 130 when stopped, or 2 when it could not run.</summary>
    public static async Task<int> RunAsync(StopSignals stop, Func<CancellationToken, Task<int>> run)
    {
        ArgumentNullException.ThrowIfNull(stop);
        ArgumentNullException.ThrowIfNull(run);
        try
        {
            return await run(stop.Token);
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
    }
}
