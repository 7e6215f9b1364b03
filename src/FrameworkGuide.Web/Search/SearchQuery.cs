namespace FrameworkGuide.Web.Search;

/// <summary>
/// What a reader typed, bounded and reduced to words. No query syntax: every character is text,
/// so <c>title:(</c> or a lone <c>"</c> is searched as words or, with none left, as nothing.
/// </summary>
/// <param name="Text">The text searched for, trimmed and cut to <see cref="MaxLength"/>: what the page echoes.</param>
public sealed record SearchQuery(string Text, IReadOnlyList<QueryWord> Words)
{
    /// <summary>Characters of the query that are read; the rest is ignored.</summary>
    public const int MaxLength = 200;

    /// <summary>Distinct words searched for; later ones are ignored.</summary>
    public const int MaxWords = 12;

    /// <summary>The word being typed grows by prefix only from this length, so one letter does not match half the index.</summary>
    public const int MinPrefixLength = 2;

    public static SearchQuery Empty { get; } = new("", []);

    /// <summary>True when nothing is left to search for: no text, or only punctuation and stop words.</summary>
    public bool IsEmpty => Words.Count == 0;

    public static SearchQuery Parse(string? input, GuideAnalyzer analyzer)
    {
        var typed = (input ?? "").TrimStart();
        var cut = typed.Length > MaxLength;
        if (cut)
        {
            typed = typed[..MaxLength];
        }

        var tokens = analyzer.Tokens(typed);
        var words = tokens
            .DistinctBy(token => token.Term, StringComparer.Ordinal)
            .Take(MaxWords)
            .Select(token => new QueryWord(token.Term))
            .ToList();

        // The last word grows by prefix while it is being typed: nothing follows it, not even a space.
        if (!cut && tokens.Count > 0 && tokens[^1] is var last && last.End == typed.Length && last.End - last.Start >= MinPrefixLength)
        {
            var index = words.FindIndex(word => word.Term == last.Term);
            if (index >= 0)
            {
                words[index] = words[index] with { Prefix = typed[last.Start..last.End].ToLowerInvariant() };
            }
        }

        return new SearchQuery(typed.TrimEnd(), words);
    }
}
