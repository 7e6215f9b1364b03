namespace FrameworkGuide.Soak.Writing;

/// <summary>
/// The writer process's command line, which the soak passes when it starts this tool again:
/// <c>--writer --content DIR --staging DIR --guides N --writes-per-second W --seconds D --seed S</c>.
/// </summary>
internal sealed record WriterOptions(string Content, string Staging, int Guides, int WritesPerSecond, int Seconds, int Seed)
{
    public const string Flag = "--writer";

    public IReadOnlyList<string> ToArguments() =>
    [
        Flag,
        "--content", Content,
        "--staging", Staging,
        "--guides", Guides.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--writes-per-second", WritesPerSecond.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--seconds", Seconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--seed", Seed.ToString(System.Globalization.CultureInfo.InvariantCulture),
    ];

    /// <exception cref="ArgumentException">An option is missing, unknown or out of range.</exception>
    public static WriterOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            values[args[i]] = args[i + 1];
        }

        string Get(string name) => values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{Flag} needs {name}");
        return new WriterOptions(
            Path.GetFullPath(Get("--content")),
            Path.GetFullPath(Get("--staging")),
            SoakOptions.Number("--guides", Get("--guides"), min: 2, max: 4000),
            SoakOptions.Number("--writes-per-second", Get("--writes-per-second"), min: 1, max: 500),
            SoakOptions.Number("--seconds", Get("--seconds"), min: 1, max: 3600),
            SoakOptions.Number("--seed", Get("--seed"), min: 0, max: int.MaxValue));
    }
}
