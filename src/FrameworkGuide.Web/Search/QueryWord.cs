namespace FrameworkGuide.Web.Search;

/// <summary>One word of a query as an analysed term, and for the word still being typed the prefix it may grow from.</summary>
/// <param name="Term">The stemmed term (<c>databas</c> for "Databases").</param>
/// <param name="Prefix">The lower-cased word as typed (<c>djan</c>), when it is the last word and may be unfinished.</param>
public sealed record QueryWord(string Term, string? Prefix = null)
{
    /// <summary>Whether an analysed term of a text answers this word.</summary>
    public bool Matches(string term) =>
        term == Term || (Prefix is not null && term.StartsWith(Prefix, StringComparison.Ordinal));
}
