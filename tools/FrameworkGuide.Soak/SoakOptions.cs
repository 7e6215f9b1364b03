using System.Globalization;

namespace FrameworkGuide.Soak;

/// <summary>The command line: <c>--readers R --seconds D --guides N --writes-per-second W --web DIR --seed S</c>.</summary>
internal sealed record SoakOptions
{
    public const string Usage = """
        Usage: dotnet run -c Release --project tools/FrameworkGuide.Soak -- [options]

          --readers R            concurrent readers (default 32, 1 to 256)
          --seconds D            how long readers and the writer run after the warm-up (default 60, 5 to 3600)
          --guides N             guides to generate (default 300, 100 to 4000)
          --writes-per-second W  content changes per second by the writer process (default 30, 0 to 500;
                                 0 runs the readers alone)
          --seed S               the writer's choices and the readers' picks (default 1)
          --logs DIR             also write the site's output (site.log) and the writer's operations (writer.log) there
          --smoke                a short run to check that the soak still works (CI): 100 guides, 4 readers,
                                 5 s, 10 writes a second, unless given; every check but the memory one,
                                 which needs a longer run to mean anything
          --web DIR              folder holding the built FrameworkGuide.Web.dll
                                 (default: src/FrameworkGuide.Web/bin/Release/net10.0 of this repository;
                                 build it first with: dotnet build -c Release src/FrameworkGuide.Web)

        Exit code: 0 when every check passed, 1 when one failed, 2 when the soak could not run, 130 when cancelled.
        """;

    /// <summary>How many readers request pages at the same time.</summary>
    public int Readers { get; init; } = 32;

    /// <summary>How long the readers and the writer run, after the warm-up.</summary>
    public int Seconds { get; init; } = 60;

    /// <summary>How many guides to generate, <c>guide-0001</c> onwards.</summary>
    public int Guides { get; init; } = 300;

    /// <summary>How many content changes the writer makes per second.</summary>
    public int WritesPerSecond { get; init; } = 30;

    public int Seed { get; init; } = 1;

    /// <summary>Where to keep the site's output and the writer's lines, for looking into a failure; <c>null</c>: not kept.</summary>
    public string? LogDirectory { get; init; }

    /// <summary>The folder of the built site; <c>null</c> means this repository's Release build.</summary>
    public string? WebDirectory { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>A short run that judges everything but memory (<c>--smoke</c>).</summary>
    public bool Smoke { get; init; }

    /// <exception cref="ArgumentException">An option is unknown, has no value, or its value is out of range.</exception>
    public static SoakOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--smoke")
            ? new SoakOptions { Smoke = true, Readers = 4, Seconds = 5, Guides = 100, WritesPerSecond = 10 }
            : new SoakOptions();
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "-h" or "--help")
            {
                return options with { ShowHelp = true };
            }

            if (name == "--smoke")
            {
                continue;
            }

            var value = i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{name} needs a value");
            options = name switch
            {
                "--readers" => options with { Readers = Number(name, value, min: 1, max: 256) },
                "--seconds" => options with { Seconds = Number(name, value, min: 5, max: 3600) },
                "--guides" => options with { Guides = Number(name, value, min: 100, max: 4000) },
                "--writes-per-second" => options with { WritesPerSecond = Number(name, value, min: 0, max: 500) },
                "--seed" => options with { Seed = Number(name, value, min: 0, max: int.MaxValue) },
                "--web" => options with { WebDirectory = value },
                "--logs" => options with { LogDirectory = value },
                _ => throw new ArgumentException($"unknown option '{name}'"),
            };
        }

        return options;
    }

    public static int Number(string name, string value, int min, int max) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max
            ? number
            : throw new ArgumentException($"{name} must be a whole number from {min} to {max}, not '{value}'");
}
