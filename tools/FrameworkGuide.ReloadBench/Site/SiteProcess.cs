using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FrameworkGuide.ReloadBench.Site;

/// <summary>
/// The real site, started as <c>dotnet FrameworkGuide.Web.dll --urls http://127.0.0.1:PORT</c> in
/// Production, serving a given content folder. Killed (with its children) on dispose.
/// </summary>
internal sealed class SiteProcess : IDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private int disposed;

    private SiteProcess(Process process, Uri address, ReloadLog log)
    {
        this.process = process;
        Address = address;
        Log = log;
    }

    public Uri Address { get; }

    public ReloadLog Log { get; }

    /// <summary>From starting the process to the first 200 from <c>/</c>.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <exception cref="BenchException">The site exits or does not answer within a minute.</exception>
    public static async Task<SiteProcess> StartAsync(string webDirectory, string contentPath, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var address = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = webDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(webDirectory, RepoPaths.WebDll));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.GetLeftPart(UriPartial.Authority));
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Guide__ContentPath"] = contentPath;
        start.Environment["Guide__BaseUrl"] = "http://127.0.0.1";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        // Request logs stay off; the reloader's own "Loaded"/"Reloaded" lines are kept, since
        // they say how long each reload took and how many reloads a change caused.
        start.Environment["Serilog__MinimumLevel__Override__FrameworkGuide.Web.Editing.ContentReloader"] = "Information";

        var log = new ReloadLog();
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Add(log, e.Data);
        process.ErrorDataReceived += (_, e) => Add(log, e.Data);
        var site = new SiteProcess(process, address, log);
        try
        {
            var clock = Stopwatch.StartNew();
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            await site.WaitUntilReadyAsync(cancellationToken);
            site.StartupTime = clock.Elapsed;
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Never started.
        }
        finally
        {
            process.Dispose();
        }
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new BenchException($"the site exited with code {process.ExitCode} before answering:{Environment.NewLine}{Log.Tail}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/", UriKind.Relative), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(20, cancellationToken);
        }

        throw new BenchException($"the site did not answer 200 on / within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Log.Tail}");
    }

    private static void Add(ReloadLog log, string? line)
    {
        if (line is not null)
        {
            log.Add(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
