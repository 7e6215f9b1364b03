using System.Collections;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Discovery;
using FrameworkGuide.Web.Guides;
using FrameworkGuide.Web.Sharing.Cards;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// Every URL the site answers for a content set, except the ones that take a query string: first
/// the URLs that are not one guide's (the lists, the feed, the assets: <see cref="Site"/>), then
/// each guide's, made only when the export comes to that guide (<see cref="Part"/>). Made all at
/// once, the 290,000 URLs of 10,000 guides took a core for 0.4–0.6 s before the first was checked,
/// and every collection during the export copied them.
/// </summary>
public sealed class ExportPlan : IEnumerable<ExportItem>
{
    /// <summary>Requested for the not-found page: no route answers it, so the site shows its 404 page.</summary>
    public const string NotFoundProbe = "/__export/not-found";

    private readonly IReadOnlyDictionary<string, string> aliases;

    /// <summary>The URLs of <see cref="Site"/>: a guide's URL that is one of them (a static file under a guide's address) is exported once, there.</summary>
    private readonly HashSet<string> siteUrls;

    /// <param name="site">URLs that are not one guide's, each once.</param>
    /// <param name="guides">Guides whose URLs (<see cref="GuideUrls"/>) are exported after them.</param>
    /// <param name="aliases">Old addresses that redirect on the live site, whatever else they name: no guide's URL among them is exported.</param>
    public ExportPlan(IReadOnlyList<ExportItem> site, IReadOnlyList<Guide> guides, IReadOnlyDictionary<string, string>? aliases = null)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(guides);
        Site = site;
        Guides = guides;
        this.aliases = aliases ?? new Dictionary<string, string>();
        siteUrls = site.Select(item => item.Url).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The URLs that are not one guide's; those that show the whole content set come first.</summary>
    public IReadOnlyList<ExportItem> Site { get; }

    public IReadOnlyList<Guide> Guides { get; }

    /// <summary>How many parts <see cref="Part"/> numbers: one for each URL of <see cref="Site"/>, then one for each guide.</summary>
    public int Parts => Site.Count + Guides.Count;

    /// <summary>The URLs of one part: one of <see cref="Site"/>, or all of a guide's.</summary>
    public IEnumerable<ExportItem> Part(int part) =>
        part < Site.Count
            ? [Site[part]]
            : GuideUrls(Guides[part - Site.Count]).Where(item => !aliases.ContainsKey(item.Url) && !siteUrls.Contains(item.Url));

    public IEnumerator<ExportItem> GetEnumerator() => Enumerable.Range(0, Parts).SelectMany(Part).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <param name="pageSize">Guides per page of the lists (<c>Guide:PageSize</c>): later pages are <c>/page/2</c>, ….</param>
    /// <param name="assetUrls">The static assets: <see cref="StaticAssetUrls"/>.</param>
    /// <param name="sitemapUrls">The most URLs one sitemap lists (<c>Guide:SitemapUrls</c>): past them, the parts of the sitemap are files too.</param>
    public static ExportPlan For(ContentSet set, int pageSize, IEnumerable<string> assetUrls, int sitemapUrls = SitemapWriter.MaxUrls)
    {
        ArgumentNullException.ThrowIfNull(set);
        ArgumentNullException.ThrowIfNull(assetUrls);
        var items = new List<ExportItem>
        {
            new("/", ExportKind.Page),
            new("/tags", ExportKind.Page),
            new("/search", ExportKind.Page),
            new(DiscoveryPaths.Sitemap, ExportKind.File),
            new(DiscoveryPaths.Robots, ExportKind.File),
            new(DiscoveryPaths.Feed, ExportKind.File),
            new(DiscoveryPaths.GuideIndex, ExportKind.File),
            new(NotFoundProbe, ExportKind.NotFoundPage),
        };
        var sitemapParts = SitemapPages.Parts(set, sitemapUrls).Count;
        if (sitemapParts > 1)
        {
            items.AddRange(Enumerable.Range(1, sitemapParts).Select(part => new ExportItem(DiscoveryPaths.SitemapPart(part), ExportKind.File)));
        }

        // The first page of all guides also shows every tag with its count: it is not a listing.
        items.AddRange(ListPages(set.Guides, pageSize, "/", "", first: 2));
        foreach (var group in set.Tags)
        {
            items.AddRange(ListPages(group.Guides, pageSize, DiscoveryPaths.Tag(group.Tag), group.Tag.Name, first: 1));
        }

        items.AddRange(assetUrls.Select(url => new ExportItem(url, ExportKind.File)));

        // An old address listed in a guide's aliases redirects on the live site, whatever else it
        // names. A guide's URLs are all its own (each under its address, or its data beside it).
        var site = items
            .Where(item => !set.Aliases.ContainsKey(item.Url))
            .DistinctBy(item => item.Url, StringComparer.Ordinal)
            .ToList();
        return new ExportPlan(site, set.Guides, set.Aliases);
    }

    /// <summary>
    /// The ids of a guide's parts that have a page to share and a card, in page order: the ids
    /// <see cref="SharedPart.Find"/> answers for.
    /// </summary>
    public static IEnumerable<string> SharedPartIds(Guide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return guide.SectionsInPageOrder().Select(section => section.Id)
            .Concat(guide.Faq?.Items.Select(item => item.Id) ?? [])
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>The pages from <paramref name="first"/> on of a list whose first page is <paramref name="basePath"/>, each with what it lists.</summary>
    private static IEnumerable<ExportItem> ListPages(IReadOnlyList<Guide> guides, int pageSize, string basePath, string heading, int first)
    {
        var pageCount = Pagination.Slice(guides, 1, pageSize, basePath)!.Value.Pagination.PageCount;
        for (var page = first; page <= pageCount; page++)
        {
            var (listed, pagination) = Pagination.Slice(guides, page, pageSize, basePath)!.Value;
            yield return new ExportItem(pagination.PathOf(page), ExportKind.Page) { Listing = new GuideListing(listed, heading, pageCount) };
        }
    }

    /// <summary>A guide's URLs: its pages, its card, its data, and each shared part's page and card, all under its address.</summary>
    public static IEnumerable<ExportItem> GuideUrls(Guide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        yield return new ExportItem(guide.CanonicalPath, ExportKind.Page) { Guide = guide, ShowsRelated = true };
        if (guide.DecisionTable is not null)
        {
            yield return new ExportItem(guide.CanonicalPath + "/decision-table", ExportKind.Page) { Guide = guide };
        }

        if (guide.Faq is not null)
        {
            yield return new ExportItem(guide.CanonicalPath + "/faq", ExportKind.Page) { Guide = guide };
        }

        yield return new ExportItem(DiscoveryPaths.GuideJson(guide.Slug), ExportKind.File) { Guide = guide };
        yield return new ExportItem(CardPaths.For(guide), ExportKind.File) { Guide = guide };
        foreach (var id in SharedPartIds(guide))
        {
            yield return new ExportItem(Permalinks.SharePath(guide, id), ExportKind.Page) { Guide = guide };
            yield return new ExportItem(CardPaths.For(guide, id), ExportKind.File) { Guide = guide };
        }
    }
}
