using FrameworkGuide.Soak.Guides;
using FrameworkGuide.Synthetic;

namespace FrameworkGuide.Soak.Reading;

/// <summary>
/// Builds the next request of a given kind. Guide pages are about a stable guide three times in
/// four (they must answer 200) and otherwise about any address a volatile guide ever had.
/// </summary>
internal sealed class PagePicker(SiteFacts facts, SlugBook volatileSlugs, int generated)
{
    /// <summary>The parts a page shows, as places; guide data has no introduction field.</summary>
    public const string GuidePlaces = Place.All;
    public const string JsonPlaces = "tsqdwcfa";

    private readonly int[] stableIds = Enumerable.Range(1, generated).Where(id => !GuideIds.IsVolatile(id, generated)).ToArray();

    /// <summary>Words that find guides: the first option of a few synthetic topics, and one word of every guide's text.</summary>
    private readonly string[] words =
    [
        .. Enumerable.Range(1, 8).Select(index => GuideTopic.For(index, MarkedGuideText.TopicSeed).OptionA.Split(' ')[0].ToLowerInvariant()).Distinct(StringComparer.Ordinal),
        "conventions",
    ];

    public PageRequest Next(PageType type, Random random)
    {
        switch (type)
        {
            case PageType.Home:
                return new PageRequest(type, "/");
            case PageType.SecondPage:
                return new PageRequest(type, "/page/2");
            case PageType.Tag:
                return new PageRequest(type, "/tags/" + Uri.EscapeDataString(facts.Tags[random.Next(facts.Tags.Count)]));
            case PageType.Search:
                return new PageRequest(type, "/search?q=" + Uri.EscapeDataString(words[random.Next(words.Length)]));
            case PageType.Feed:
                return new PageRequest(type, "/feed.xml");
            case PageType.Sitemap:
                return new PageRequest(type, "/sitemap.xml");
        }

        var isVolatile = random.Next(4) == 0;
        var slug = isVolatile ? volatileSlugs.Pick(random) : GuideIds.Slug(stableIds[random.Next(stableIds.Length)], 0);
        var id = GuideIds.IdOf(slug);
        var path = "/guides/" + slug;
        return type switch
        {
            PageType.Guide => new PageRequest(type, path, id, isVolatile, GuidePlaces),
            PageType.DecisionTable => new PageRequest(type, path + "/decision-table", id, isVolatile, $"{Place.Title}{Place.DecisionTable}"),
            PageType.DecisionResult => new PageRequest(type, path + "/decision-table?" + Needs(random), id, isVolatile, $"{Place.Title}{Place.DecisionTable}"),
            PageType.Faq => new PageRequest(type, path + "/faq", id, isVolatile, $"{Place.Title}{Place.FaqAnswer}"),
            PageType.Share => Share(path, id, isVolatile, random),
            PageType.GuideJson => new PageRequest(type, path + ".json", id, isVolatile, JsonPlaces),
            _ => new PageRequest(PageType.Card, path + "/card.png", id, isVolatile),
        };
    }

    /// <summary>Every page of every generated guide once, and the lists: the warm-up's crawl, which fills the page cache.</summary>
    public IEnumerable<PageRequest> Everything()
    {
        yield return new PageRequest(PageType.Home, "/");
        yield return new PageRequest(PageType.SecondPage, "/page/2");
        yield return new PageRequest(PageType.Feed, "/feed.xml");
        yield return new PageRequest(PageType.Sitemap, "/sitemap.xml");
        foreach (var tag in facts.Tags)
        {
            yield return new PageRequest(PageType.Tag, "/tags/" + Uri.EscapeDataString(tag));
        }

        for (var id = 1; id <= generated; id++)
        {
            var path = "/guides/" + GuideIds.Slug(id, 0);
            yield return new PageRequest(PageType.Guide, path, id, false, GuidePlaces);
            yield return new PageRequest(PageType.DecisionTable, path + "/decision-table", id, false, $"{Place.Title}{Place.DecisionTable}");
            yield return new PageRequest(PageType.Faq, path + "/faq", id, false, $"{Place.Title}{Place.FaqAnswer}");
            yield return new PageRequest(PageType.GuideJson, path + ".json", id, false, JsonPlaces);
            yield return new PageRequest(PageType.Card, path + "/card.png", id);
            foreach (var (section, place) in facts.Sections)
            {
                yield return new PageRequest(PageType.Share, $"{path}/s/{section}", id, false, $"{Place.Title}{place}");
            }
        }
    }

    private PageRequest Share(string path, int? id, bool isVolatile, Random random)
    {
        var (section, place) = facts.Sections[random.Next(facts.Sections.Count)];
        return new PageRequest(PageType.Share, $"{path}/s/{section}", id, isVolatile, $"{Place.Title}{place}");
    }

    private string Needs(Random random) =>
        string.Join('&', Enumerable.Range(0, random.Next(1, 4)).Select(_ => "need=" + Uri.EscapeDataString(facts.NeedIds[random.Next(facts.NeedIds.Count)])));
}
