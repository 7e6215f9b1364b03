using System.Runtime.InteropServices;

namespace FrameworkGuide.ToolSupport;

/// <summary>
/// Ctrl+C, SIGTERM and a closed terminal (SIGHUP) cancel <see cref="Token"/> instead of killing the
/// tool, so a run unwinds: the site it started is killed and its temporary folder deleted.
/// </summary>
public sealed class StopSignals : IDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly PosixSignalRegistration onTerm;
    private readonly PosixSignalRegistration onHangUp;

    public StopSignals()
    {
        Console.CancelKeyPress += OnCancelKey;
        onTerm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Unwind);
        onHangUp = PosixSignalRegistration.Create(PosixSignal.SIGHUP, Unwind);
    }

    public CancellationToken Token => stop.Token;

    public bool IsStopRequested => stop.IsCancellationRequested;

    /// <summary>Stops the run as a signal would (the soak's writer: when its input closes).</summary>
    public Task CancelAsync() => stop.CancelAsync();

    public void Dispose()
    {
        Console.CancelKeyPress -= OnCancelKey;
        onTerm.Dispose();
        onHangUp.Dispose();
        stop.Dispose();
    }

    private void OnCancelKey(object? sender, ConsoleCancelEventArgs e)
    {
        e.Cancel = true;
        stop.Cancel();
    }

    private void Unwind(PosixSignalContext context)
    {
        context.Cancel = true;
        stop.Cancel();
    }
}
