using System.Diagnostics;
using System.Globalization;

namespace FrameworkGuide.Soak.Site;

/// <summary>The site's resident memory, VmRSS from <c>/proc/PID/status</c>, sampled once a second from when it is started.</summary>
internal sealed class MemorySampler(int processId)
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);
    private readonly Lock gate = new();
    private readonly List<MemorySample> samples = [];

    public IReadOnlyList<MemorySample> Samples
    {
        get
        {
            lock (gate)
            {
                return samples.ToList();
            }
        }
    }

    /// <summary>VmRSS in bytes now; <c>null</c> when the process is gone or /proc is not there.</summary>
    public long? Read()
    {
        try
        {
            var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(text => text.StartsWith("VmRSS:", StringComparison.Ordinal));
            var kilobytes = line?["VmRSS:".Length..].Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];
            return kilobytes is null ? null : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>Samples once a second until <paramref name="stop"/> is cancelled; <paramref name="since"/> stamps each sample.</summary>
    public async Task RunAsync(Stopwatch since, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            if (Read() is { } bytes)
            {
                lock (gate)
                {
                    samples.Add(new MemorySample(since.Elapsed, bytes));
                }
            }
        }
        while (await WaitAsync(timer, stop));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}

/// <summary>The site's VmRSS at a moment of the soak phase.</summary>
internal sealed record MemorySample(TimeSpan At, long Bytes);
