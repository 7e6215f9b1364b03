using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Search;
using Microsoft.Extensions.Options;
using Found = FrameworkGuide.Web.Search.SearchResults;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>A query is searched once per content version; other words, another prefix or newer content search again.</summary>
public sealed class SearchResultCacheTests : IDisposable
{
    private readonly GuideAnalyzer analyzer = new();
    private readonly ContentSet set = ContentSetBuilder.Build(Array.Empty<ContentEntry>(), TimeSpan.Zero);
    private int searches;

    [Fact]
    public void GetOrSearch_OfTheSameWords_SearchesOnce_WhateverTheCaseOrSpacing()
    {
        using var cache = Cache(1000);

        var first = Find(cache, set, "Flask  Django");
        var again = Find(cache, set, "  flask django");

        Assert.Equal(1, searches);
        Assert.Same(first, again);
    }

    [Fact]
    public void GetOrSearch_SearchesAgain_ForOtherWords_ForAFinishedWord_AndForNewerContent()
    {
        using var cache = Cache(1000);
        var newer = ContentSetBuilder.Build(Array.Empty<ContentEntry>(), TimeSpan.Zero);

        Find(cache, set, "flask");
        Find(cache, set, "django");
        Find(cache, set, "flask ");
        Find(cache, newer, "flask");
        Find(cache, newer, "flask");

        Assert.Equal(4, searches);
    }

    [Fact]
    public void GetOrSearch_WithNoRoomConfigured_SearchesEveryTime()
    {
        using var cache = Cache(0);

        Find(cache, set, "flask");
        Find(cache, set, "flask");

        Assert.Equal(2, searches);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void GetOrSearch_KeepsNoMoreQueriesThanConfigured()
    {
        using var cache = Cache(10);

        for (var i = 0; i < 50; i++)
        {
            Find(cache, set, $"word{i}");
        }

        Assert.InRange(cache.Count, 1, 10);
    }

    public void Dispose() => analyzer.Dispose();

    private static SearchResultCache Cache(int queries) =>
        new(Options.Create(new SearchOptions { ResultCacheQueries = queries }));

    private Found Find(SearchResultCache cache, ContentSet content, string text) =>
        cache.GetOrSearch(content, SearchQuery.Parse(text, analyzer), () =>
        {
            searches++;
            return new Found([], 0, HasEveryWord: true);
        });
}
