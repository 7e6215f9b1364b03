using System.Globalization;
using System.Runtime.InteropServices;

namespace FrameworkGuide.ReloadBench.Reporting;

/// <summary>What the figures were measured on.</summary>
internal static class Machine
{
    public static string Describe() =>
        string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessorCount} logical CPUs{CpuModel()}, {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture}), {RuntimeInformation.FrameworkDescription}");

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
}
