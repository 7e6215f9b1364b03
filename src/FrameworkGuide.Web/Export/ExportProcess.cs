using System.Diagnostics;
using System.Runtime.InteropServices;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// Runs <c>export</c> in a process of its own, started with the runtime settings a batch on every
/// core wants: the server GC, which collects on every core (without the dynamic adaptation that
/// starts it with one heap), and no tiered compilation, so the precompiled code is kept rather than
/// compiled again in a run of a few seconds. .NET takes both only when a process starts, and the live
/// site needs the opposite (the workstation GC keeps it under 400 MB; tiered code serves it fastest),
/// so the app's own settings stay the site's and the command starts the app again with these. At
/// 10,000 guides an update after one edit took 2.85–2.90 s so, against 3.40–3.42 s in one process
/// (docs/performance.md, ninth round).
/// </summary>
public static class ExportProcess
{
    /// <summary>Set in the export's own process; set it to anything beforehand to run the export in the command's process.</summary>
    public const string Variable = "FRAMEWORKGUIDE_EXPORT_PROCESS";

    /// <summary>The settings the export's process starts with; one already set by whoever runs the command is kept as it is.</summary>
    public static readonly IReadOnlyDictionary<string, string> Settings = new Dictionary<string, string>
    {
        ["DOTNET_gcServer"] = "1",
        ["DOTNET_GCDynamicAdaptationMode"] = "0",
        ["DOTNET_TieredCompilation"] = "0",
    };

    /// <summary>
    /// Starts the app again with <paramref name="args"/> and the <see cref="Settings"/>, and waits
    /// for it: its exit code, or <c>null</c> when this process is to run the export itself (it is
    /// the export's process, <see cref="Variable"/> is set, or the app cannot be started again).
    /// </summary>
    public static async Task<int?> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (Environment.GetEnvironmentVariable(Variable) is not null || StartInfo(args) is not { } start)
        {
            return null;
        }

        using var export = Process.Start(start);
        if (export is null)
        {
            return null;
        }

        // Ctrl+C reaches both processes: the export stops itself, and this one waits for it. A
        // termination of this one ends the export too, as it would have ended it in one process.
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, signal => signal.Cancel = true);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            Kill(export);
        });
        await export.WaitForExitAsync();
        return export.ExitCode;
    }

    /// <summary>How to start this app again with <paramref name="args"/>: through <c>dotnet app.dll</c> or its own executable, as it was started.</summary>
    public static ProcessStartInfo? StartInfo(string[] args)
    {
        if (Environment.ProcessPath is not { } host || Environment.GetCommandLineArgs() is not [var entry, ..])
        {
            return null;
        }

        var start = new ProcessStartInfo(host) { UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            if (!entry.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            start.ArgumentList.Add(entry);
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment[Variable] = "1";
        foreach (var (name, value) in Settings)
        {
            if (Environment.GetEnvironmentVariable(name) is null)
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    private static void Kill(Process export)
    {
        try
        {
            export.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It has exited already.
        }
    }
}
