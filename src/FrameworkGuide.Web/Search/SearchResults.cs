namespace FrameworkGuide.Web.Search;

/// <summary>What one search found: the hits shown, how many guides matched, and whether they have every word.</summary>
public sealed record SearchResults(IReadOnlyList<SearchHit> Hits, int TotalHits, bool HasEveryWord);
