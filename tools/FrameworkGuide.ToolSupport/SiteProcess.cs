using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FrameworkGuide.ToolSupport;

/// <summary>Starts the real site: see <see cref="SiteProcess{TOutput}"/>.</summary>
public static class SiteProcess
{
    /// <exception cref="ToolException">The site exits or does not answer within a minute.</exception>
    /// <param name="log">Receives every line the site writes.</param>
    /// <param name="settings">The tool's own settings, as environment variables (<c>Security__PermitsPerSecond</c>).</param>
    public static Task<SiteProcess<TOutput>> StartAsync<TOutput>(
        string webDirectory,
        string contentPath,
        TOutput log,
        IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken)
        where TOutput : ISiteOutput =>
        SiteProcess<TOutput>.StartAsync(webDirectory, contentPath, log, settings, cancellationToken);
}

/// <summary>
/// The real site, started as <c>dotnet FrameworkGuide.Web.dll --urls http://127.0.0.1:PORT</c> in
/// Production, serving a given content folder. Request logs stay off (Serilog at Warning), but the
/// reloader's "Loaded" and "Reloaded" lines are kept: they say how long each reload took and how
/// many reloads a change caused. A tool adds its own settings. Every line the site writes goes to
/// <typeparamref name="TOutput"/>. Killed (with its children) on dispose.
/// </summary>
public sealed class SiteProcess<TOutput> : IDisposable
    where TOutput : ISiteOutput
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private int disposed;

    private SiteProcess(Process process, Uri address, TOutput log)
    {
        this.process = process;
        Address = address;
        Log = log;
    }

    public Uri Address { get; }

    public TOutput Log { get; }

    public int Id => process.Id;

    /// <summary>From starting the process to the first 200 from <c>/</c>.</summary>
    public TimeSpan StartupTime { get; private set; }

    /// <summary>The exit code when the site has exited (it never should while a tool runs); <c>null</c> while it runs.</summary>
    public int? ExitCode => process.HasExited ? process.ExitCode : null;

    /// <exception cref="ToolException">The site exits or does not answer within a minute.</exception>
    /// <param name="settings">The tool's own settings, as environment variables (<c>Security__PermitsPerSecond</c>).</param>
    internal static async Task<SiteProcess<TOutput>> StartAsync(
        string webDirectory,
        string contentPath,
        TOutput log,
        IReadOnlyDictionary<string, string> settings,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var address = new Uri($"http://127.0.0.1:{FreePort()}/");
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
        // Beside the content (a scratch folder's), so the user's cache folder gets nothing of a measuring run.
        start.Environment["Guide__ParseCachePath"] = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(contentPath))!, "parse-cache");
        start.Environment["Guide__BaseUrl"] = "http://127.0.0.1";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__FrameworkGuide.Web.Editing.ContentReloader"] = "Information";
        foreach (var (name, value) in settings)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Add(log, e.Data);
        process.ErrorDataReceived += (_, e) => Add(log, e.Data);
        var site = new SiteProcess<TOutput>(process, address, log);
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
                throw new ToolException($"the site exited with code {process.ExitCode} before answering:{Environment.NewLine}{Log.Tail}");
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

        throw new ToolException($"the site did not answer 200 on / within {StartTimeout.TotalSeconds} s:{Environment.NewLine}{Log.Tail}");
    }

    private static void Add(TOutput log, string? line)
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
