namespace FrameworkGuide.Soak.Reading;

/// <summary>The kinds of page the readers ask for, each counted and timed on its own.</summary>
internal enum PageType
{
    /// <summary><c>/</c></summary>
    Home,

    /// <summary><c>/page/2</c></summary>
    SecondPage,

    /// <summary><c>/guides/x</c></summary>
    Guide,

    /// <summary><c>/guides/x/decision-table</c></summary>
    DecisionTable,

    /// <summary><c>/guides/x/decision-table?need=…</c>, real row ids</summary>
    DecisionResult,

    /// <summary><c>/guides/x/faq</c></summary>
    Faq,

    /// <summary><c>/guides/x/s/id</c>, a section's share page</summary>
    Share,

    /// <summary><c>/tags/t</c></summary>
    Tag,

    /// <summary><c>/search?q=…</c></summary>
    Search,

    /// <summary><c>/feed.xml</c></summary>
    Feed,

    /// <summary><c>/sitemap.xml</c></summary>
    Sitemap,

    /// <summary><c>/guides/x.json</c></summary>
    GuideJson,

    /// <summary><c>/guides/x/card.png</c></summary>
    Card,
}

internal static class PageTypes
{
    public static string Pattern(this PageType type) => type switch
    {
        PageType.Home => "/",
        PageType.SecondPage => "/page/2",
        PageType.Guide => "/guides/x",
        PageType.DecisionTable => "/guides/x/decision-table",
        PageType.DecisionResult => "/guides/x/decision-table?need=…",
        PageType.Faq => "/guides/x/faq",
        PageType.Share => "/guides/x/s/id",
        PageType.Tag => "/tags/t",
        PageType.Search => "/search?q=…",
        PageType.Feed => "/feed.xml",
        PageType.Sitemap => "/sitemap.xml",
        PageType.GuideJson => "/guides/x.json",
        _ => "/guides/x/card.png",
    };

    /// <summary>Whether the page is about one guide, so it may answer 404 or 301 when that guide is volatile.</summary>
    public static bool IsGuidePage(this PageType type) =>
        type is PageType.Guide or PageType.DecisionTable or PageType.DecisionResult or PageType.Faq or PageType.Share or PageType.GuideJson or PageType.Card;
}
