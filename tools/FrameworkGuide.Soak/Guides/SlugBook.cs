namespace FrameworkGuide.Soak.Guides;

/// <summary>
/// The addresses of the volatile guides that readers ask for: every slug such a guide ever had,
/// old ones included (they should redirect, or answer 404 once the guide is deleted). Grows as the
/// writer reports new guides and renames; readers pick from it without locking.
/// </summary>
internal sealed class SlugBook
{
    private readonly Lock gate = new();
    private readonly HashSet<string> known = new(StringComparer.Ordinal);
    private string[] slugs = [];

    public SlugBook(IEnumerable<string> initial)
    {
        foreach (var slug in initial)
        {
            Add(slug);
        }
    }

    public int Count => Volatile.Read(ref slugs).Length;

    public void Add(string slug)
    {
        lock (gate)
        {
            if (known.Add(slug))
            {
                Volatile.Write(ref slugs, [.. slugs, slug]);
            }
        }
    }

    public string Pick(Random random)
    {
        var snapshot = Volatile.Read(ref slugs);
        return snapshot[random.Next(snapshot.Length)];
    }
}
