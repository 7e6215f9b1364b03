using System.Globalization;
using System.Text.RegularExpressions;

namespace FrameworkGuide.ToolSupport;

/// <summary>The site's first load of the content folder, as it logged it.</summary>
public sealed record InitialLoad(int Guides, double ElapsedMs, int Rejected, int Errors, int Warnings);

/// <summary>One reload as the site logged it: the time it took and how many guides it changed.</summary>
public sealed record LoggedReload(double ElapsedMs, int ChangedCount);

/// <summary>Reads the reloader's own lines in the site's console output (the message templates of ContentReloader.LogLoaded and LogReloaded).</summary>
public static partial class SiteLines
{
    public static InitialLoad? Loaded(string line) =>
        LoadedLine().Match(line) is { Success: true } loaded
            ? new InitialLoad(
                Whole(loaded.Groups["guides"].Value),
                Number(loaded.Groups["ms"].Value),
                Whole(loaded.Groups["rejected"].Value),
                Whole(loaded.Groups["errors"].Value),
                Whole(loaded.Groups["warnings"].Value))
            : null;

    public static LoggedReload? Reloaded(string line) =>
        ReloadedLine().Match(line) is { Success: true } reloaded
            ? new LoggedReload(Number(reloaded.Groups["ms"].Value), Whole(reloaded.Groups["changed"].Value))
            : null;

    private static int Whole(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static double Number(string text) =>
        double.Parse(text.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"Reloaded content in (?<ms>[\d.,]+) ms: \d+ guides, (?<changed>\d+) changed", RegexOptions.CultureInvariant)]
    private static partial Regex ReloadedLine();

    [GeneratedRegex(@"Loaded (?<guides>\d+) guides from .* in (?<ms>[\d.,]+) ms: (?<rejected>\d+) files rejected, (?<errors>\d+) errors, (?<warnings>\d+) warnings", RegexOptions.CultureInvariant)]
    private static partial Regex LoadedLine();
}
