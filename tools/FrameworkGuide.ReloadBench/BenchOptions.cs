using System.Globalization;

namespace FrameworkGuide.ReloadBench;

/// <summary>The command line: <c>--guides N --edits R --bulk B --web DIR</c>.</summary>
internal sealed record BenchOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/FrameworkGuide.ReloadBench -- [options]

          --guides N   guides to generate (default 1000)
          --edits R    single-file edits to time (default 30)
          --bulk B     bulk changes of every file to time (default 3)
          --web DIR    folder holding the built FrameworkGuide.Web.dll
                       (default: src/FrameworkGuide.Web/bin/Release/net10.0 of this repository;
                       build it first with: dotnet build -c Release src/FrameworkGuide.Web)
        """;

    /// <summary>How many guides to generate, <c>guide-0001</c> onwards.</summary>
    public int Guides { get; init; } = 1000;

    /// <summary>How many single-file edits to time.</summary>
    public int Edits { get; init; } = 30;

    /// <summary>How many times to rewrite every file at once.</summary>
    public int BulkRounds { get; init; } = 3;

    /// <summary>The folder of the built site; <c>null</c> means this repository's Release build.</summary>
    public string? WebDirectory { get; init; }

    public bool ShowHelp { get; init; }

    /// <exception cref="ArgumentException">An option is unknown, has no value, or its value is out of range.</exception>
    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return options with { ShowHelp = true };
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--guides" => options with { Guides = Count(name, value, min: 2, max: 9999) },
                "--edits" => options with { Edits = Count(name, value, min: 1, max: 10_000) },
                "--bulk" => options with { BulkRounds = Count(name, value, min: 0, max: 100) },
                "--web" => options with { WebDirectory = value },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }

        return options;
    }

    private static int Count(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= min && count <= max
            ? count
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{value}'");
}
