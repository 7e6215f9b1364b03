using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using FrameworkGuide.Soak.Guides;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.Soak.Writing;

/// <summary>
/// The writer, started as a second process of this tool (<c>--writer</c>), so that the files change
/// from outside the process that reads the pages, as an editor's saves do. It reads the writer's
/// report lines as they come (see <see cref="Writer"/>): operations are counted and new addresses
/// handed to the readers. Closing its input, or disposing, stops it; it also stops by itself.
/// </summary>
internal sealed class WriterProcess : IDisposable
{
    private readonly Process process;
    private readonly SlugBook book;
    private readonly TextWriter? transcript;
    private readonly long[] counts = new long[Enum.GetValues<WriteKind>().Length];
    private readonly ConcurrentQueue<string> errors = new();
    private readonly ConcurrentQueue<GuideEnd> ends = new();
    private readonly TaskCompletionSource<(long Done, long Failed, TimeSpan Elapsed)> finished = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int errorCount;
    private int disposed;

    private WriterProcess(Process process, SlugBook book, TextWriter? transcript)
    {
        this.process = process;
        this.book = book;
        this.transcript = transcript;
    }

    public long Operations => counts.Sum();

    public IReadOnlyDictionary<WriteKind, long> Counts =>
        Enum.GetValues<WriteKind>().ToDictionary(kind => kind, kind => Interlocked.Read(ref counts[(int)kind]));

    /// <summary>Failed operations and lines the writer wrote to its error output.</summary>
    public int ErrorCount => Volatile.Read(ref errorCount);

    public IReadOnlyList<string> FirstErrors => errors.Take(5).ToList();

    /// <summary>Every guide as the writer left it, once it has finished.</summary>
    public IReadOnlyList<GuideEnd> Ends => ends.OrderBy(end => end.Id).ToList();

    /// <param name="transcript">Where to copy every line the writer reports, if anywhere.</param>
    public static WriterProcess Start(WriterOptions options, SlugBook book, TextWriter? transcript)
    {
        var host = Environment.ProcessPath;
        var start = host is not null && !Path.GetFileNameWithoutExtension(host).Equals("dotnet", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo(host)
            : new ProcessStartInfo("dotnet") { ArgumentList = { Path.Combine(AppContext.BaseDirectory, "FrameworkGuide.Soak.dll") } };
        foreach (var argument in options.ToArguments())
        {
            start.ArgumentList.Add(argument);
        }

        start.RedirectStandardInput = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;

        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var writer = new WriterProcess(process, book, transcript);
        process.OutputDataReceived += (_, e) => writer.Read(e.Data);
        process.ErrorDataReceived += (_, e) => writer.Error(e.Data);
        process.Exited += (_, _) =>
        {
            // Lets the last lines of its output arrive first.
            process.WaitForExit();
            writer.finished.TrySetException(new ToolException($"the writer exited with code {process.ExitCode} before it finished"));
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return writer;
    }

    /// <summary>Waits for the writer's last line.</summary>
    /// <returns>The operations done and failed, and the time from starting the writer to its last line.</returns>
    /// <exception cref="ToolException">The writer exited early.</exception>
    /// <exception cref="TimeoutException">It did not finish in time.</exception>
    public async Task<(long Done, long Failed, TimeSpan Elapsed)> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        await finished.Task.WaitAsync(timeout, cancellationToken);

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
                process.StandardInput.Close();
                if (!process.WaitForExit(TimeSpan.FromSeconds(3)))
                {
                    process.Kill(entireProcessTree: true);
                    process.WaitForExit(TimeSpan.FromSeconds(10));
                }
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or already gone.
        }
        catch (IOException)
        {
            // Its input was already closed.
        }
        finally
        {
            process.Dispose();
        }
    }

    private void Read(string? line)
    {
        try
        {
            transcript?.WriteLine(line);
        }
        catch (ObjectDisposedException)
        {
            // A last line after the soak closed its log.
        }

        var parts = line?.Split(' ');
        switch (parts)
        {
            case ["op", var kind, _, _, var slug] when Enum.TryParse<WriteKind>(kind, out var parsed):
                Interlocked.Increment(ref counts[(int)parsed]);
                if (parsed is WriteKind.Add or WriteKind.Rename)
                {
                    book.Add(slug);
                }

                break;
            case ["end", var id, var slug, var exists, var lastGood, var broken, var aliases]:
                ends.Enqueue(new GuideEnd(
                    int.Parse(id, CultureInfo.InvariantCulture),
                    slug,
                    exists == "1",
                    int.Parse(lastGood, CultureInfo.InvariantCulture),
                    broken == "1",
                    aliases == "-" ? [] : aliases.Split(',')));
                break;
            case ["done", var done, var failed]:
                finished.TrySetResult((long.Parse(done, CultureInfo.InvariantCulture), long.Parse(failed, CultureInfo.InvariantCulture), clock.Elapsed));
                break;
            case ["error", ..]:
                Error(line);
                break;
            default:
                if (line is not null)
                {
                    Error($"unexpected line from the writer: {line}");
                }

                break;
        }
    }

    private void Error(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return;
        }

        if (Interlocked.Increment(ref errorCount) <= 5)
        {
            errors.Enqueue(line);
        }
    }
}
