using System.Diagnostics.CodeAnalysis;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// <c>export OUTDIR [--force] [--Key=value …]</c>, where a <c>--Key=value</c> is a configuration
/// setting (<c>--Guide:BaseUrl=https://guides.example.org</c>).
/// </summary>
/// <param name="OutputFolder">Absolute: a relative OUTDIR is read against the directory the command was run from.</param>
/// <param name="Force">Empty a folder that is not empty.</param>
/// <param name="Settings">
/// The <c>--Key=value</c> settings. The host's command-line configuration reads them too, but it
/// takes an absolute OUTDIR (<c>/srv/site</c>) for a switch and the argument after it for its
/// value; the command applies them again, so they hold wherever they are written.
/// </param>
public sealed record ExportArguments(string OutputFolder, bool Force, IReadOnlyDictionary<string, string?> Settings)
{
    public const string Usage = "usage: export OUTDIR [--force] [--Guide:BaseUrl=https://your.site]";

    public static bool TryParse(string[] args, string callerDirectory, [NotNullWhen(true)] out ExportArguments? arguments, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(args);
        arguments = null;
        string? folder = null;
        var force = false;
        var settings = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var arg in args.Skip(1))
        {
            if (arg == "--force")
            {
                force = true;
            }
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.IndexOf('=', StringComparison.Ordinal) is > 2 and var equals)
            {
                settings[arg[2..equals]] = arg[(equals + 1)..];
            }
            else if (arg.StartsWith('-'))
            {
                error = $"unknown option '{arg}'";
                return false;
            }
            else if (folder is null)
            {
                folder = arg;
            }
            else
            {
                error = $"one output folder, please: '{folder}' and '{arg}'";
                return false;
            }
        }

        if (folder is null)
        {
            error = "the output folder is missing";
            return false;
        }

        arguments = new ExportArguments(Path.GetFullPath(folder, callerDirectory), force, settings);
        error = null;
        return true;
    }
}
