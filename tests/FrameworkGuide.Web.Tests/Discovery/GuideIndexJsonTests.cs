using FrameworkGuide.Web.Discovery;

namespace FrameworkGuide.Web.Tests.Discovery;

public sealed class GuideIndexJsonTests(SiteFixture site)
{
    [Fact]
    public async Task Index_ListsTheServedGuides_InTheHomePageOrder()
    {
        var index = await site.Client().GetJsonAsync<GuideIndexJson>("/guides.json");

        Assert.Equal(TestSite.ServedSlugs, index.Guides.Select(guide => guide.Slug));
    }

    [Fact]
    public async Task Index_Entry_HasTitleSummaryDateOptionsTagsAndUrls()
    {
        var index = await site.Client().GetJsonAsync<GuideIndexJson>("/guides.json");

        var entry = index.Guides.Single(guide => guide.Slug == "flask-vs-django");
        Assert.Equal("Flask vs Django", entry.Title);
        Assert.StartsWith("Flask is the lighter", entry.Summary, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 2), entry.Updated);
        Assert.Equal(["Flask", "Django"], entry.Options);
        Assert.Equal(["python", "web-frameworks", "backend"], entry.Tags.Select(tag => tag.Slug));
        Assert.Equal("http://localhost/guides/flask-vs-django", entry.Url);
        Assert.Equal("http://localhost/guides/flask-vs-django.json", entry.JsonUrl);
        Assert.Null(index.Guides.Single(guide => guide.Slug == "jinja-vs-mako").Updated);
    }

    [Fact]
    public async Task Index_EveryUrlAnswers200_AndEachJsonUrlIsThatGuide()
    {
        var client = site.Client();
        var index = await client.GetJsonAsync<GuideIndexJson>("/guides.json");

        foreach (var entry in index.Guides)
        {
            await client.AssertAnswersAsync(entry.Url);
            var guide = await client.GetJsonAsync<GuideJson>(new Uri(entry.JsonUrl).AbsolutePath);
            Assert.Equal((entry.Slug, entry.Title, entry.Url), (guide.Slug, guide.Title, guide.Url));
        }
    }
}
