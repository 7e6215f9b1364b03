namespace FrameworkGuide.Web.Search;

/// <summary>One analysed term and the span of the word it came from.</summary>
public sealed record AnalyzedToken(string Term, int Start, int End);
