namespace FrameworkGuide.Content.Parsing;

/// <summary>The keys of a guide's YAML front matter, with the line each was found on.</summary>
internal sealed record FrontMatter
{
    public string? Title { get; init; }

    public string? Summary { get; init; }

    public DateOnly? Updated { get; init; }

    public DateOnly? Reviewed { get; init; }

    public string? Author { get; init; }

    public IReadOnlyList<string> Options { get; init; } = [];

    public IReadOnlyList<string> Tags { get; init; } = [];

    public string? Slug { get; init; }

    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>Old heading ids and the ids that replaced them, each with its line.</summary>
    public IReadOnlyList<(string From, string To, int Line)> Anchors { get; init; } = [];

    /// <summary>1-based file line of each key that was present, for errors about its value.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; init; } = new Dictionary<string, int>();

    /// <summary>The line of the key, or of the front matter itself when the key is absent.</summary>
    public int LineOf(string key) => Lines.TryGetValue(key, out var line) ? line : FirstLine;

    public int FirstLine { get; init; } = 1;
}
