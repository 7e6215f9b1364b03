using System.Diagnostics;
using System.Globalization;
using FrameworkGuide.Synthetic;

// Writes N synthetic guides into a folder, for scripts: see tools/load/ and docs/performance.md.
const string usage = """
    Usage: dotnet run -c Release --project tools/FrameworkGuide.Synthetic -- N FOLDER [--seed S] [--marker M]

      N           guides to write, guide-0001.md … (2 to 1000000)
      FOLDER      created when missing; files of the same names are replaced
      --seed S    0 (default): topics in step with the index; other values: drawn per guide from S
      --marker M  letters and digits shown in every title (default: none)
    """;

if (args is ["-h" or "--help", ..])
{
    Console.WriteLine(usage);
    return 0;
}

if (args.Length is not (2 or 4 or 6)
    || !int.TryParse(args[0], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
    || count is < 2 or > 1_000_000)
{
    await Console.Error.WriteLineAsync(usage);
    return 2;
}

var seed = 0;
string? marker = null;
for (var i = 2; i < args.Length; i += 2)
{
    switch (args[i])
    {
        case "--seed" when int.TryParse(args[i + 1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed):
            seed = parsed;
            break;
        case "--marker" when args[i + 1].All(char.IsAsciiLetterOrDigit):
            marker = args[i + 1];
            break;
        default:
            await Console.Error.WriteLineAsync($"error: bad option '{args[i]} {args[i + 1]}'{Environment.NewLine}{usage}");
            return 2;
    }
}

var clock = Stopwatch.StartNew();
var bytes = GuideSet.Write(args[1], count, seed, marker);
Console.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"Wrote {count} guides ({bytes / 1024.0:0} KiB, {bytes / (double)count:0} bytes each on average) to {Path.GetFullPath(args[1])} in {clock.ElapsedMilliseconds} ms."));
return 0;
