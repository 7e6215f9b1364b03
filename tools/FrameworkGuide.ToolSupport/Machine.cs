using System.Globalization;
using System.Runtime.InteropServices;

namespace FrameworkGuide.ToolSupport;

/// <summary>What the figures were measured on.</summary>
public static class Machine
{
    public static string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} logical CPUs{CpuModel()}, {MemoryTotal()}{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}");

    /// <summary>The 1-minute load average from /proc/loadavg, to show how busy the machine was.</summary>
    public static string LoadAverage()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? File.ReadAllText(loadAverage).Split(' ')[0] : "n/a";
    }

    private static string CpuModel()
    {
        const string cpuInfo = "/proc/cpuinfo";
        if (!File.Exists(cpuInfo))
        {
            return "";
        }

        var model = File.ReadLines(cpuInfo)
            .FirstOrDefault(line => line.StartsWith("model name", StringComparison.Ordinal))
            ?.Split(':', 2)[1].Trim();
        return model is null ? "" : $" ({model})";
    }

    private static string MemoryTotal()
    {
        const string memInfo = "/proc/meminfo";
        var line = File.Exists(memInfo) ? File.ReadLines(memInfo).FirstOrDefault(text => text.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        var kilobytes = line?["MemTotal:".Length..].Trim().Split(' ')[0];
        return kilobytes is null ? "" : string.Create(CultureInfo.InvariantCulture, $"{long.Parse(kilobytes, CultureInfo.InvariantCulture) / 1024.0 / 1024:0} GB RAM, ");
    }
}
