using System.Xml.Linq;
using FrameworkGuide.Web.Discovery;

namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>With <c>Guide:BaseUrl</c> set, every absolute URL handed out uses it, not the request's host.</summary>
public sealed class BaseUrlTests(BaseUrlSite site) : IClassFixture<BaseUrlSite>
{
    private const string Root = BaseUrlSite.BaseUrl;

    [Fact]
    public async Task Sitemap_LocsStartWithTheBaseUrl()
    {
        var sitemap = await site.Client().GetXmlAsync("/sitemap.xml", "application/xml");

        var locs = sitemap.Descendants(Discovered.Sitemap + "loc").Select(loc => loc.Value).ToList();
        Assert.Contains(Root + "/", locs);
        Assert.Contains(Root + "/guides/flask-vs-django", locs);
        Assert.All(locs, loc => Assert.StartsWith(Root + "/", loc, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Feed_IdsAndLinksStartWithTheBaseUrl()
    {
        var feed = await site.Client().GetXmlAsync("/feed.xml", "application/atom+xml");

        XNamespace atom = Discovered.Atom;
        var urls = feed.Descendants(atom + "link").Select(link => link.Attr("href"))
            .Concat(feed.Descendants(atom + "id").Select(id => id.Value))
            .ToList();
        // The feed's self and alternate links and its id, then each entry's link and id.
        Assert.Equal(3 + (2 * TestSite.ServedSlugs.Count), urls.Count);
        Assert.All(urls, url => Assert.StartsWith(Root + "/", url, StringComparison.Ordinal));
        Assert.Equal(Root + "/feed.xml", feed.Root!.Element(atom + "id")!.Value);
    }

    [Fact]
    public async Task Json_UrlsStartWithTheBaseUrl()
    {
        var client = site.Client();
        var guide = await client.GetJsonAsync<GuideJson>("/guides/flask-vs-django.json");
        var index = await client.GetJsonAsync<GuideIndexJson>("/guides.json");

        string?[] urls =
        [
            guide.Url, guide.Links.Page, guide.Links.DecisionTable, guide.Links.Faq, guide.Links.Card,
            .. guide.Tags.Select(tag => tag.Url),
            .. index.Guides.SelectMany(entry => new[] { entry.Url, entry.JsonUrl }),
        ];
        Assert.All(urls, url => Assert.StartsWith(Root + "/", url, StringComparison.Ordinal));
        Assert.Equal(Root + "/guides/flask-vs-django", guide.Url);
        Assert.Equal(Root + "/guides/flask-vs-django.json", index.Guides.Single(entry => entry.Slug == "flask-vs-django").JsonUrl);
    }

    [Fact]
    public async Task Robots_NamesTheSitemapAtTheBaseUrl()
    {
        var robots = await site.Client().GetTextAsync("/robots.txt", "text/plain");

        Assert.Contains("Sitemap: " + Root + "/sitemap.xml", robots.Split('\n'));
    }
}
