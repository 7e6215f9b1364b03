namespace FrameworkGuide.Synthetic;

/// <summary>What one synthetic guide compares, for whom, by whom and when.</summary>
public sealed record GuideTopic(string OptionA, string OptionB, string Area, string Use, string Author, DateOnly Updated)
{
    private static readonly (string A, string B, string Area)[] Pairs =
    [
        ("Flask", "Django", "python"), ("React", "Vue", "javascript"), ("PostgreSQL", "MySQL", "databases"),
        ("Rails", "Laravel", "ruby"), ("Express", "Fastify", "nodejs"), ("Spring Boot", "Quarkus", "java"),
        ("Svelte", "Angular", "javascript"), ("Redis", "Memcached", "caching"), ("Kafka", "RabbitMQ", "messaging"),
        ("Go", "Rust", "systems"), ("Hugo", "Jekyll", "static-sites"), ("Terraform", "Pulumi", "infrastructure"),
        ("SQLite", "DuckDB", "databases"), ("Phoenix", "Rails", "elixir"), ("FastAPI", "Flask", "python"),
        ("Nuxt", "SvelteKit", "javascript"),
    ];

    private static readonly string[] Uses =
    [
        "internal dashboards", "public APIs", "content sites", "data pipelines", "mobile backends",
        "small teams", "startups", "long-lived products", "prototypes", "regulated industries",
        "high-traffic services", "side projects",
    ];

    private static readonly string[] Authors = ["Joseph Nilo", "Ada Brennan", "Kwame Osei", "Lena Vogt", "Marta Ruiz"];

    private static readonly DateOnly FirstDay = new(2026, 1, 1);

    /// <summary>
    /// Seed 0 walks the lists in step with the index (guide 17 compares what guide 1 compares, for
    /// another use), as the reload benchmark has always done; any other seed draws each guide's
    /// topic from a generator seeded with the seed and the index, the same on every run and machine.
    /// </summary>
    public static GuideTopic For(int index, int seed)
    {
        if (seed == 0)
        {
            var (a, b, area) = Pairs[index % Pairs.Length];
            return new GuideTopic(a, b, area, Uses[index / Pairs.Length % Uses.Length], Authors[index % Authors.Length], FirstDay.AddDays(index % 360));
        }

        // System.Random with a seed is a fixed algorithm, unlike HashCode, which changes per process.
        var random = new Random(unchecked((seed * 1_000_003) ^ index));
        var (pickedA, pickedB, pickedArea) = Pairs[random.Next(Pairs.Length)];
        return new GuideTopic(
            pickedA,
            pickedB,
            pickedArea,
            Uses[random.Next(Uses.Length)],
            Authors[random.Next(Authors.Length)],
            FirstDay.AddDays(random.Next(360)));
    }
}
