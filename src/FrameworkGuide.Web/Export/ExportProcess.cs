using System.ComponentModel;
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
public static partial class ExportProcess
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

        // A signal to this process goes on to the export, which stops on Ctrl+C and SIGTERM as the
        // command did in one process (exit code 130 or 143); this one waits for it and passes its
        // exit code on. A signal sent to the whole group (Ctrl+C in a terminal) reaches both.
        Process? export = null;
        PosixSignal[] forwarded = [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT, PosixSignal.SIGHUP];
        var registrations = forwarded.Select(signal => PosixSignalRegistration.Create(signal, context =>
        {
            context.Cancel = true;
            Forward(Volatile.Read(ref export), context.Signal);
        })).ToList();
        try
        {
            try
            {
                Volatile.Write(ref export, Process.Start(start));
            }
            catch (Win32Exception)
            {
                // Starting processes is not allowed here: the export runs in this one.
                return null;
            }

            if (export is null)
            {
                return null;
            }

            await export.WaitForExitAsync();
            return export.ExitCode;
        }
        finally
        {
            registrations.ForEach(registration => registration.Dispose());
            export?.Dispose();
        }
    }

    /// <summary>How to start this app again with <paramref name="args"/>: through <c>dotnet app.dll</c> or its own executable, as it was started.</summary>
    public static ProcessStartInfo? StartInfo(string[] args)
    {
        // A diagnostics tool (dotnet-trace, dotnet-counters) listens to this process: the export stays in it.
        if (Environment.ProcessPath is not { } host || Environment.GetCommandLineArgs() is not [var entry, ..]
            || Environment.GetEnvironmentVariable("DOTNET_DiagnosticPorts") is not null)
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
            if (Environment.GetEnvironmentVariable(name) is null && Environment.GetEnvironmentVariable("COMPlus_" + name["DOTNET_".Length..]) is null)
            {
                start.Environment[name] = value;
            }
        }

        return start;
    }

    /// <summary>Sends <paramref name="signal"/> on to the export; where no signal can be sent (Windows), a termination ends it.</summary>
    private static void Forward(Process? export, PosixSignal signal)
    {
        if (export is null)
        {
            return;
        }

        try
        {
            if (!OperatingSystem.IsWindows() && signal switch
            {
                PosixSignal.SIGHUP => 1,
                PosixSignal.SIGINT => 2,
                PosixSignal.SIGQUIT => 3,
                PosixSignal.SIGTERM => 15,
                _ => 0,
            } is > 0 and var number)
            {
                SendSignal(export.Id, number);
            }
            else if (signal == PosixSignal.SIGTERM)
            {
                export.Kill(entireProcessTree: true);
            }
        }
        catch (Exception error) when (error is InvalidOperationException or Win32Exception or NotSupportedException)
        {
            // It has exited already.
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendSignal(int process, int signal);
}
