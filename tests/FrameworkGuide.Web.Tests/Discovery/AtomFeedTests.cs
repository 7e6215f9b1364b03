using Microsoft.AspNetCore.Hosting;
using System.Xml.Linq;

namespace FrameworkGuide.Web.Tests.Discovery;

public sealed class AtomFeedTests(SiteFixture site)
{
    private static XNamespace Ns => Discovered.Atom;

    [Fact]
    public async Task Feed_IsAnAtomFeed_TitledWithTheSiteName()
    {
        var feed = (await GetFeedAsync()).Root!;

        Assert.Equal(Ns + "feed", feed.Name);
        Assert.Equal("FrameworkGuide", feed.Element(Ns + "title")!.Value);
        Assert.Equal("FrameworkGuide", feed.Element(Ns + "author")!.Element(Ns + "name")!.Value);
    }

    [Fact]
    public async Task Feed_HasAbsoluteIdSelfAndAlternateLinks()
    {
        var feed = (await GetFeedAsync()).Root!;

        Assert.Equal("http://localhost/feed.xml", feed.Element(Ns + "id")!.Value);
        Assert.Equal("http://localhost/feed.xml", Link(feed, "self"));
        Assert.Equal("http://localhost/", Link(feed, "alternate"));
    }

    [Fact]
    public async Task Feed_HasOneEntryPerServedGuide_NewestFirst()
    {
        var feed = (await GetFeedAsync()).Root!;

        var links = feed.Elements(Ns + "entry").Select(entry => new Uri(Link(entry, "alternate")).AbsolutePath);
        Assert.Equal(TestSite.ServedSlugs.Select(TestSite.PathOf), links);
    }

    [Fact]
    public async Task Feed_EntryUpdated_IsTheGuideDateInRfc3339_WithTheEpochForAGuideWithoutOne()
    {
        var feed = (await GetFeedAsync()).Root!;

        Assert.Equal(
            ["2026-09-20T00:00:00Z", "2026-07-14T00:00:00Z", "2026-06-02T00:00:00Z", "2026-03-01T00:00:00Z", "1970-01-01T00:00:00Z"],
            feed.Elements(Ns + "entry").Select(entry => entry.Element(Ns + "updated")!.Value));
        Assert.Equal("2026-09-20T00:00:00Z", feed.Element(Ns + "updated")!.Value);
    }

    [Fact]
    public async Task Feed_EveryLinkIsAbsolute_AndAnswers200()
    {
        var client = site.Client();
        var feed = await client.GetXmlAsync("/feed.xml", "application/atom+xml");

        var hrefs = feed.Descendants(Ns + "link").Select(link => link.Attr("href")).ToList();
        Assert.Equal(2 + TestSite.ServedSlugs.Count, hrefs.Count);
        foreach (var href in hrefs)
        {
            await client.AssertAnswersAsync(href);
        }
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task Feed_Entry_CarriesTheGuideAsThePageShowsIt(string slug)
    {
        var client = site.Client();
        var page = await client.GetPageAsync(TestSite.PathOf(slug));
        var entry = Entry((await GetFeedAsync()).Root!, slug);

        Assert.Equal(page.QuerySelector("h1")!.TextContent, entry.Element(Ns + "title")!.Value);
        Assert.Equal("http://localhost" + TestSite.PathOf(slug), entry.Element(Ns + "id")!.Value);
        Assert.Equal(page.QuerySelector(".guide-header .summary")?.TextContent, entry.Element(Ns + "summary")?.Value);
        Assert.Equal(
            page.QuerySelectorAll(".guide-header a.tag").Attributes("href"),
            entry.Elements(Ns + "category").Select(category => "/tags/" + category.Attr("term")));
        Assert.Equal(
            page.QuerySelectorAll(".guide-header a.tag").Select(tag => tag.TextContent[1..]),
            entry.Elements(Ns + "category").Select(category => category.Attr("label")));
    }

    [Fact]
    public async Task Feed_Entry_NamesTheAuthor()
    {
        var entry = Entry((await GetFeedAsync()).Root!, "flask-vs-django");

        Assert.Equal("Joseph Nilo", entry.Element(Ns + "author")!.Element(Ns + "name")!.Value);
    }

    [Fact]
    public async Task Feed_StaysWellFormed_WithTheHostileGuide_AndCarriesItsTextVerbatim()
    {
        var entry = Entry((await GetFeedAsync()).Root!, "hostile-markup");

        Assert.Equal("<script>alert(1)</script>", entry.Element(Ns + "title")!.Value);
        Assert.Equal("\"><img src=x onerror=alert(1)>", entry.Element(Ns + "summary")!.Value);
        Assert.Equal("<img src=x onerror=alert('author')>", entry.Element(Ns + "author")!.Element(Ns + "name")!.Value);
        Assert.Equal(["<b>bold</b>", "security"], entry.Elements(Ns + "category").Select(category => category.Attr("label")));
        Assert.DoesNotContain(entry.Descendants(), element => element.Name.Namespace != Ns);
    }

    [Fact]
    public async Task Feed_LeavesOutBrokenAndDraftGuides()
    {
        var feed = (await GetFeedAsync()).Root!;

        var ids = feed.Elements(Ns + "entry").Select(entry => entry.Element(Ns + "id")!.Value).ToList();
        Assert.DoesNotContain("http://localhost" + TestSite.PathOf(TestSite.BrokenSlug), ids);
        Assert.DoesNotContain("http://localhost" + TestSite.PathOf(TestSite.DraftSlug), ids);
    }

    [Fact]
    public async Task Feed_CarriesOnlyTheNewestGuides_AsManyAsFeedEntriesSays()
    {
        await using var limited = site.WithWebHostBuilder(builder => builder.UseSetting("Guide:FeedEntries", "2"));

        var feed = (await limited.CreateClient().GetXmlAsync("/feed.xml", "application/atom+xml")).Root!;

        var links = feed.Elements(Ns + "entry").Select(entry => new Uri(Link(entry, "alternate")).AbsolutePath);
        Assert.Equal(TestSite.ServedSlugs.Take(2).Select(TestSite.PathOf), links);
        Assert.Equal("2026-09-20T00:00:00Z", feed.Element(Ns + "updated")!.Value);
    }

    private async Task<XDocument> GetFeedAsync() => await site.Client().GetXmlAsync("/feed.xml", "application/atom+xml");

    private static XElement Entry(XElement feed, string slug) =>
        feed.Elements(Ns + "entry").Single(entry => entry.Element(Ns + "id")!.Value.EndsWith(TestSite.PathOf(slug), StringComparison.Ordinal));

    private static string Link(XElement parent, string rel) =>
        parent.Elements(Ns + "link").Single(link => link.Attr("rel") == rel).Attr("href");
}
