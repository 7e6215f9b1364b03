using System.Net;

namespace FrameworkGuide.Web.Tests.Sharing;

public sealed class SectionSharingTests(SiteFixture site)
{
    [Fact]
    public async Task SectionPage_ShowsTheSectionAndPreviewsAsIt()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django/s/when-django-fits");

        Assert.Equal("When Django Fits", page.QuerySelector("h1")!.Text());
        Assert.Equal("When Django Fits · Flask vs Django", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        var description = page.QuerySelector("meta[name=description]")!.GetAttribute("content")!;
        Assert.StartsWith("Django fits when the project is really about users and data", description, StringComparison.Ordinal);
        Assert.Equal("http://localhost/guides/flask-vs-django/s/when-django-fits/card.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.Equal("/guides/flask-vs-django#when-django-fits", page.QuerySelector(".more a")!.GetAttribute("href"));
        Assert.NotEmpty(page.QuerySelectorAll("article p"));
    }

    [Fact]
    public async Task QuestionPage_ShowsTheQuestionAndItsAnswer()
    {
        var guide = await site.Client().GetPageAsync("/guides/flask-vs-django");
        var answer = guide.QuerySelector("#is-flask-easier-than-django + .answer")!.Text();

        var page = await site.Client().GetPageAsync("/guides/flask-vs-django/s/is-flask-easier-than-django");

        Assert.Equal("Is Flask easier than Django?", page.QuerySelector("h1")!.Text());
        Assert.Contains(answer[..40], page.QuerySelector("article")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DecisionTableSectionPage_ShowsTheTable()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django/s/decision-table");

        Assert.Equal(6, page.QuerySelectorAll(".decision-table tbody tr").Length);
    }

    [Theory]
    [InlineData("/guides/flask-vs-django/s/no-such-section")]
    [InlineData("/guides/no-such-guide/s/faq")]
    public async Task UnknownSection_IsNotFound(string path)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task EveryHeadingQuestionAndRow_HasAPermalinkToItself()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var targets = page.QuerySelectorAll("article h2[id], article h3[id]:not(#decision-result-title), article h4[id], .decision-table tbody tr[id]").ToList();
        Assert.True(targets.Count > 15);
        foreach (var target in targets)
        {
            var permalink = target.QuerySelector("a.permalink");
            Assert.True(permalink is not null, $"#{target.Id} has no permalink");
            Assert.Equal("#" + target.Id, permalink.GetAttribute("href"));
            Assert.StartsWith("Link to this section: ", permalink.GetAttribute("aria-label"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task SectionAndQuestionPermalinks_OfferTheirSharePage()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        Assert.Equal("/guides/flask-vs-django/s/when-flask-fits", page.QuerySelector("#when-flask-fits a.permalink")!.GetAttribute("data-share"));
        Assert.Equal("/guides/flask-vs-django/s/is-flask-easier-than-django", page.QuerySelector("#is-flask-easier-than-django a.permalink")!.GetAttribute("data-share"));
    }

    [Fact]
    public async Task GuidePage_EndsWithRelatedGuidesSharingItsTags()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var related = page.QuerySelectorAll(".related .guide-card h2 a").Select(link => link.GetAttribute("href")).ToList();
        Assert.Equal("/guides/fastapi-vs-flask", related[0]);
        Assert.DoesNotContain("/guides/flask-vs-django", related);
    }
}
