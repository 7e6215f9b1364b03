using System.Text.Json;
using AngleSharp.Dom;

namespace FrameworkGuide.Web.Tests.Sharing;

/// <summary>What chat apps and social sites read from a page's head must say what the page says.</summary>
public sealed class PreviewTests(SiteFixture site)
{
    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task GuidePage_HeadMatchesTheVisiblePage(string slug)
    {
        var page = await site.Client().GetPageAsync(TestSite.PathOf(slug));

        var title = page.QuerySelector("h1")!.Text();
        Assert.Equal(title, Meta(page, "og:title"));
        Assert.Equal(title, Meta(page, "twitter:title"));
        Assert.Equal("article", Meta(page, "og:type"));
        Assert.Equal("FrameworkGuide", Meta(page, "og:site_name"));
        var summary = page.QuerySelector(".guide-header .summary")?.Text();
        Assert.Equal(summary, page.QuerySelector("meta[name=description]")?.GetAttribute("content"));
        Assert.Equal(summary, Meta(page, "og:description"));
        Assert.Equal(page.QuerySelector(".guide-header time")?.GetAttribute("datetime"), Meta(page, "article:modified_time"));
        Assert.Equal(
            page.QuerySelectorAll(".guide-header .tag").Select(tag => tag.Text().TrimStart('#')),
            page.QuerySelectorAll("meta[property='article:tag']").Select(tag => tag.GetAttribute("content")!));
        Assert.Equal("summary_large_image", Meta(page, "twitter:card"));
    }

    [Fact]
    public async Task GuidePage_AnnouncesItsCardWithSizeAndText()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        Assert.Equal("http://localhost/guides/flask-vs-django/card.png", Meta(page, "og:image"));
        Assert.Equal("1200", Meta(page, "og:image:width"));
        Assert.Equal("630", Meta(page, "og:image:height"));
        Assert.Equal("Flask vs Django: Flask or Django", Meta(page, "og:image:alt"));
        Assert.Equal(Meta(page, "og:image"), Meta(page, "twitter:image"));
    }

    [Fact]
    public async Task EveryPage_LinksTheFeedFromItsHead()
    {
        foreach (var path in new[] { "/", "/tags", "/guides/flask-vs-django" })
        {
            var page = await site.Client().GetPageAsync(path);

            Assert.Equal("/feed.xml", page.QuerySelector("link[rel=alternate][type='application/atom+xml']")!.GetAttribute("href"));
        }
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task StructuredData_ParsesAndMatchesTheVisibleGuide(string slug)
    {
        var page = await site.Client().GetPageAsync(TestSite.PathOf(slug));

        var block = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        using var json = JsonDocument.Parse(block.TextContent);
        var graph = json.RootElement.GetProperty("@graph").EnumerateArray().ToList();
        var article = graph.Single(node => node.GetProperty("@type").GetString() == "Article");
        Assert.Equal(page.QuerySelector("h1")!.Text(), article.GetProperty("headline").GetString());
        Assert.Equal("http://localhost" + TestSite.PathOf(slug), article.GetProperty("url").GetString());
        var breadcrumbs = graph.Single(node => node.GetProperty("@type").GetString() == "BreadcrumbList").GetProperty("itemListElement").EnumerateArray().ToList();
        Assert.Equal(page.QuerySelector("h1")!.Text(), breadcrumbs[^1].GetProperty("name").GetString());

        var questions = page.QuerySelectorAll(".faq h3").ToList();
        var faq = graph.Where(node => node.GetProperty("@type").GetString() == "FAQPage").ToList();
        if (questions.Count == 0)
        {
            Assert.Empty(faq);
            return;
        }

        var entities = Assert.Single(faq).GetProperty("mainEntity").EnumerateArray().ToList();
        Assert.Equal(questions.Select(question => question.Text()), entities.Select(entity => entity.GetProperty("name").GetString()!));
        var answers = page.QuerySelectorAll(".faq .answer").Select(answer => Flat(answer.TextContent));
        Assert.Equal(answers, entities.Select(entity => Flat(entity.GetProperty("acceptedAnswer").GetProperty("text").GetString()!)));
    }

    [Fact]
    public async Task StructuredData_CannotBeClosedByHostileContent()
    {
        using var response = await site.Client().GetAsync("/guides/hostile-markup", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(body);

        var block = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.DoesNotContain("<", block.TextContent, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(block.TextContent);
        var article = json.RootElement.GetProperty("@graph")[0];
        Assert.Equal("<script>alert(1)</script>", article.GetProperty("headline").GetString());
    }

    private static string? Meta(IDocument page, string property) =>
        (page.QuerySelector($"meta[property='{property}']") ?? page.QuerySelector($"meta[name='{property}']"))?.GetAttribute("content");

    private static string Flat(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
