using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Search;

/// <summary>The search page: the query, the results, and the whole content set to offer when there are none.</summary>
/// <param name="Set">The content the site serves: the guides and tags to browse when there is nothing to show.</param>
public sealed record SearchPage(SearchQuery Query, ContentSet Set) : IPageModel
{
    public IReadOnlyList<SearchHit> Hits { get; init; } = [];

    /// <summary>How many guides matched; more than <see cref="Hits"/> when the list was cut.</summary>
    public int TotalHits { get; init; }

    /// <summary>False when no guide had every word and the results have only some of them.</summary>
    public bool HasEveryWord { get; init; } = true;

    /// <summary>True when the reader typed something, but only punctuation or words too common to search for.</summary>
    public bool NothingToSearch => Query.IsEmpty && Query.Text.Length > 0;

    public PageMeta Meta => new(
        Query.Text.Length == 0 ? "Search" : $"Search: {Query.Text}",
        "Search every decision guide by framework, database, tool, need or question.")
    {
        Path = "/search",
    };
}
