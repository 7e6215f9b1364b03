using System.Globalization;
using System.Xml.Linq;

namespace FrameworkGuide.Web.Tests.Discovery;

public sealed class SitemapTests(SiteFixture site)
{
    private static XNamespace Ns => Discovered.Sitemap;

    [Fact]
    public async Task Sitemap_IsAUrlsetInTheSitemapNamespace_AsUtf8Xml()
    {
        var sitemap = await site.Client().GetXmlAsync("/sitemap.xml", "application/xml");

        Assert.Equal(Ns + "urlset", sitemap.Root!.Name);
        Assert.All(sitemap.Root.Elements(), url => Assert.Equal(Ns + "url", url.Name));
        Assert.All(sitemap.Root.Elements(), url => Assert.NotNull(url.Element(Ns + "loc")));
    }

    [Fact]
    public async Task Sitemap_ListsHomeTagIndexEveryGuideItsFocusedPagesAndEveryTag()
    {
        var client = site.Client();
        var expected = new List<string> { "/", "/tags" };
        foreach (var guide in TestSite.ServedSlugs.Select(TestSite.PathOf))
        {
            expected.Add(guide);
            foreach (var part in new[] { guide + "/decision-table", guide + "/faq" })
            {
                if (await client.StatusOfAsync(part) == 200)
                {
                    expected.Add(part);
                }
            }
        }

        var tagIndex = await client.GetPageAsync("/tags");
        expected.AddRange(tagIndex.QuerySelectorAll(".tag-index li a").Attributes("href")!);

        Assert.Equal(expected.Order(StringComparer.Ordinal), (await Paths(client)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Sitemap_ListsFocusedPages_OnlyForGuidesThatHaveThem()
    {
        var paths = await Paths(site.Client());

        Assert.Contains("/guides/flask-vs-django/decision-table", paths);
        Assert.Contains("/guides/flask-vs-django/faq", paths);
        Assert.Contains("/guides/jinja-vs-mako", paths);
        Assert.DoesNotContain("/guides/jinja-vs-mako/decision-table", paths);
        Assert.DoesNotContain("/guides/jinja-vs-mako/faq", paths);
    }

    [Fact]
    public async Task Sitemap_EveryLocIsAbsolute_AndAnswers200()
    {
        var client = site.Client();
        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        var locs = sitemap.Descendants(Ns + "loc").Select(loc => loc.Value).ToList();
        Assert.NotEmpty(locs);
        foreach (var loc in locs)
        {
            await client.AssertAnswersAsync(loc);
        }
    }

    [Fact]
    public async Task Sitemap_LeavesOutBrokenAndDraftGuides()
    {
        var paths = await Paths(site.Client());

        Assert.DoesNotContain(paths, path => path.Contains(TestSite.BrokenSlug, StringComparison.Ordinal));
        Assert.DoesNotContain(paths, path => path.Contains(TestSite.DraftSlug, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Sitemap_LastmodIsADate_InYearMonthDayForm()
    {
        var sitemap = await site.Client().GetXmlAsync("/sitemap.xml", "application/xml");

        var dates = sitemap.Descendants(Ns + "lastmod").Select(lastmod => lastmod.Value).ToList();
        Assert.NotEmpty(dates);
        Assert.All(dates, date => Assert.True(
            DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _),
            $"lastmod '{date}' is not YYYY-MM-DD"));
    }

    [Theory]
    [InlineData("/guides/flask-vs-django", "2026-06-02")]
    [InlineData("/guides/flask-vs-django/decision-table", "2026-06-02")]
    [InlineData("/guides/flask-vs-django/faq", "2026-06-02")]
    [InlineData("/guides/postgresql-vs-mysql-vs-sqlite", "2026-09-20")]
    [InlineData("/guides/jinja-vs-mako", null)]
    [InlineData("/", "2026-09-20")]
    [InlineData("/tags", "2026-09-20")]
    [InlineData("/tags/python", "2026-07-14")]
    [InlineData("/tags/security", "2026-03-01")]
    [InlineData("/tags/templates", null)]
    public async Task Sitemap_LastmodIsTheGuideDate_OrTheNewestOfTheListedGuides(string path, string? lastmod)
    {
        var sitemap = await site.Client().GetXmlAsync("/sitemap.xml", "application/xml");

        var url = sitemap.Root!.Elements(Ns + "url").Single(url => new Uri(url.Element(Ns + "loc")!.Value).AbsolutePath == path);
        Assert.Equal(lastmod, url.Element(Ns + "lastmod")?.Value);
    }

    private static async Task<List<string>> Paths(HttpClient client)
    {
        var sitemap = await client.GetXmlAsync("/sitemap.xml", "application/xml");
        return sitemap.Descendants(Ns + "loc").Select(loc => new Uri(loc.Value).AbsolutePath).ToList();
    }
}
