using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Discovery;

/// <summary>The pages search engines should know: the lists, every guide and its focused pages, every tag.</summary>
public static class SitemapPages
{
    public static IEnumerable<SitemapUrl> Of(ContentSet set)
    {
        yield return new SitemapUrl("/", Newest(set.Guides));
        yield return new SitemapUrl("/tags", Newest(set.Tags.SelectMany(group => group.Guides)));

        foreach (var guide in set.Guides)
        {
            yield return new SitemapUrl(guide.CanonicalPath, guide.Updated);
            if (guide.DecisionTable is not null)
            {
                yield return new SitemapUrl(guide.CanonicalPath + "/decision-table", guide.Updated);
            }

            if (guide.Faq is not null)
            {
                yield return new SitemapUrl(guide.CanonicalPath + "/faq", guide.Updated);
            }
        }

        foreach (var group in set.Tags)
        {
            yield return new SitemapUrl(DiscoveryPaths.Tag(group.Tag), Newest(group.Guides));
        }
    }

    /// <summary>The pages in parts of at most <paramref name="maxUrls"/>, in the order of <see cref="Of"/>; one part when they fit.</summary>
    public static IReadOnlyList<IReadOnlyList<SitemapUrl>> Parts(ContentSet set, int maxUrls) =>
        Of(set).Chunk(maxUrls).DefaultIfEmpty([]).ToList();

    /// <summary>A list page changes when its newest guide does; <c>null</c> when none of them has a date.</summary>
    private static DateOnly? Newest(IEnumerable<Guide> guides) => guides.Max(guide => guide.Updated);
}
