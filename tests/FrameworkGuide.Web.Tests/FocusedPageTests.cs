namespace FrameworkGuide.Web.Tests;

/// <summary>The decision table and FAQ of a guide, each on a page of its own.</summary>
public sealed class FocusedPageTests(SiteFixture site)
{
    [Fact]
    public async Task DecisionTablePage_ShowsTheTableAndLinksBackToTheGuide()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django/decision-table");

        Assert.Equal("Decision table: Flask vs Django", page.QuerySelector("h1")!.Text());
        Assert.Equal("Decision table: Flask vs Django · FrameworkGuide", page.Title);
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")));
        var rows = page.QuerySelectorAll(".decision-table tbody tr");
        Assert.Equal(6, rows.Length);
        Assert.Equal("need-learning-python-web-basics", rows[5].Id);
        Assert.Equal("Either", rows[5].QuerySelector(".pick")!.Text());
        var back = page.QuerySelector(".back a")!;
        Assert.Equal("/guides/flask-vs-django", back.GetAttribute("href"));
        Assert.Contains("Flask vs Django", back.Text(), StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("section.quick-answer, .faq h3"));
    }

    [Fact]
    public async Task FaqPage_ShowsQuestionsAsH2WithTheGuidePageIds()
    {
        var guide = await site.Client().GetPageAsync("/guides/flask-vs-django");
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django/faq");

        Assert.Equal("FAQ: Flask vs Django", page.QuerySelector("h1")!.Text());
        Assert.Equal("FAQ: Flask vs Django · FrameworkGuide", page.Title);
        var questions = page.QuerySelectorAll("article h2");
        var onGuide = guide.QuerySelectorAll("section[aria-labelledby=faq] h3");
        Assert.Equal(onGuide.Select(question => question.Id), questions.Select(question => question.Id));
        Assert.Equal(onGuide.Texts(), questions.Texts());
        Assert.Equal("is-django-too-heavy-for-small-projects", questions[1].Id);
        Assert.Equal(3, page.QuerySelectorAll(".answer").Length);
        Assert.Equal("/guides/flask-vs-django", page.QuerySelector(".back a")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".decision-table"));
    }

    [Fact]
    public async Task FaqPage_IsNotFound_WhenGuideHasNoFaq()
    {
        var page = await site.Client().GetPageAsync("/guides/jinja-vs-mako/faq", 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public async Task DecisionTablePage_IsNotFound_WhenGuideHasNoDecisionTable()
    {
        var page = await site.Client().GetPageAsync("/guides/jinja-vs-mako/decision-table", 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }
}
