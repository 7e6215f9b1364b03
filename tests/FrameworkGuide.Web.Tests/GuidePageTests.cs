namespace FrameworkGuide.Web.Tests;

public sealed class GuidePageTests(SiteFixture site)
{
    [Fact]
    public async Task ComparisonPage_ShowsTitleQuickAnswerAndDecisionRows()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        Assert.Equal("Flask vs Django", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector(".quick-answer h2#quick-answer"));
        var rows = page.QuerySelectorAll(".decision-table tbody tr");
        Assert.Equal(6, rows.Length);
        Assert.Equal("need-small-api-or-proof-of-concept", rows[0].Id);
    }

    [Fact]
    public async Task ComparisonPage_HasPageTitleAndDescriptionFromFrontMatter()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        Assert.Equal("Flask vs Django · FrameworkGuide", page.Title);
        Assert.Equal(
            "Flask is the lighter, more flexible choice for small services and APIs; Django brings an admin, ORM, authentication, forms and a firm project structure for database-backed products.",
            page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
    }

    [Fact]
    public async Task ComparisonPage_ShowsUpdatedDateAuthorAndTags()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var header = page.QuerySelector(".guide-header")!;
        var updated = header.QuerySelector("time")!;
        Assert.Equal("2026-06-02", updated.GetAttribute("datetime"));
        Assert.Equal("2 June 2026", updated.Text());
        var author = header.QuerySelector("a[rel=author]")!;
        Assert.Equal("Joseph Nilo", author.Text());
        Assert.Equal("/guides/flask-vs-django#about-the-author", author.GetAttribute("href"));
        Assert.Equal(["/tags/python", "/tags/web-frameworks", "/tags/backend"], header.QuerySelectorAll("a.tag").Attributes("href"));
    }

    [Fact]
    public async Task ComparisonPage_ShowsAuthorWithoutADeadLink_WhenGuideHasNoAboutTheAuthor()
    {
        var page = await site.Client().GetPageAsync("/guides/jinja-vs-mako");

        var meta = page.QuerySelector(".guide-header .meta")!;
        Assert.Contains("by Joseph Nilo", meta.QuerySelectorAll("span").Texts());
        Assert.Null(meta.QuerySelector("a[rel=author]"));
        Assert.Null(page.QuerySelector("#about-the-author"));
    }

    [Fact]
    public async Task ComparisonPage_ShowsIntroductionWithItsLinks()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var introduction = page.QuerySelector(".introduction")!;
        var paragraphs = introduction.QuerySelectorAll("p");
        Assert.Equal(2, paragraphs.Length);
        Assert.StartsWith("Flask and Django are the two Python web frameworks", paragraphs[0].Text(), StringComparison.Ordinal);
        Assert.Equal(["/guides/fastapi-vs-flask"], introduction.QuerySelectorAll("a").Attributes("href"));
    }

    [Fact]
    public async Task ComparisonPage_ShowsQuickAnswerSection()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var quickAnswer = page.QuerySelector("section.quick-answer")!;
        Assert.Equal("Quick Answer", quickAnswer.QuerySelector("h2#quick-answer")!.Text());
        Assert.Equal(["Flask", "Django"], quickAnswer.QuerySelectorAll("p strong").Texts());
    }

    [Fact]
    public async Task ComparisonPage_ShowsDecisionRowsWithIdsNeedsAndPicks()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var table = page.QuerySelector("section[aria-labelledby=decision-table]")!;
        Assert.Equal("Decision Table", table.QuerySelector("h2#decision-table")!.Text());
        Assert.Equal(["Project need", "Better default", "Why"], table.QuerySelectorAll(".decision-table thead th:not(.tick-column)").Texts());
        var rows = table.QuerySelectorAll(".decision-table tbody tr");
        Assert.Equal(
            [
                "need-small-api-or-proof-of-concept",
                "need-database-backed-business-app",
                "need-internal-admin-tool",
                "need-custom-microservice",
                "need-team-project-that-will-last-years",
                "need-learning-python-web-basics",
            ],
            rows.Select(row => row.Id));
        Assert.Equal("Small API or proof of concept", rows[0].QuerySelector("th")!.Text());
        Assert.Equal(["Flask", "Django", "Django", "Flask", "Django", "Either"], rows.Select(row => row.QuerySelector(".pick")!.Text()));
        Assert.True(rows[5].QuerySelector(".pick")!.ClassList.Contains("pick-either"));
        Assert.False(rows[0].QuerySelector(".pick")!.ClassList.Contains("pick-either"));
        Assert.Equal("Less overhead, and it is quicker to shape around one problem.", rows[0].QuerySelectorAll("td:not(.tick)")[1].Text());
    }

    [Fact]
    public async Task ComparisonPage_ShowsSectionsInOrder()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        Assert.Equal(
            [
                "quick-answer",
                "decision-table",
                "when-flask-fits",
                "when-django-fits",
                "team-and-maintenance-tradeoffs",
                "can-you-switch-later",
                "faq",
                "sources-checked",
                "about-the-author",
            ],
            page.SectionIds());
        Assert.Equal("Can You Switch Later?", page.QuerySelector("h2#can-you-switch-later")!.Text());
        Assert.Equal(7, page.QuerySelectorAll("section[aria-labelledby=can-you-switch-later] ul li").Length);
    }

    [Fact]
    public async Task ComparisonPage_ShowsAWhenFitsSectionPerOption_ForThreeOptions()
    {
        var page = await site.Client().GetPageAsync("/guides/postgresql-vs-mysql-vs-sqlite");

        Assert.Equal(["PostgreSQL", "MySQL", "SQLite"], page.QuerySelectorAll(".guide-header .options .chip").Texts());
        Assert.Equal(
            ["When PostgreSQL Fits", "When MySQL Fits", "When SQLite Fits"],
            page.QuerySelectorAll("h2[id^=when-]").Texts());
        Assert.Equal(
            ["when-postgresql-fits", "when-mysql-fits", "when-sqlite-fits"],
            page.QuerySelectorAll("h2[id^=when-]").Select(heading => heading.Id));
        Assert.Equal(
            ["PostgreSQL", "MySQL", "SQLite", "Either"],
            page.QuerySelectorAll(".decision-table tbody .pick").Texts());
    }

    [Fact]
    public async Task ComparisonPage_ShowsFaqQuestionsAsH3WithIds()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var questions = page.QuerySelectorAll("section[aria-labelledby=faq] h3");
        Assert.Equal(
            ["is-flask-easier-than-django", "is-django-too-heavy-for-small-projects", "which-framework-is-better-for-beginners"],
            questions.Select(question => question.Id));
        Assert.Equal("Is Flask easier than Django?", questions[0].Text());
        Assert.Equal(3, page.QuerySelectorAll("section[aria-labelledby=faq] .answer p").Length);
    }

    [Fact]
    public async Task ComparisonPage_ShowsSourcesAndAboutTheAuthor()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var sources = page.QuerySelector("section[aria-labelledby=sources-checked]")!;
        Assert.Equal("Sources Checked", sources.QuerySelector("h2")!.Text());
        Assert.Equal(
            [
                "https://flask.palletsprojects.com/",
                "https://flask.palletsprojects.com/en/stable/extensions/",
                "https://docs.djangoproject.com/",
                "https://docs.djangoproject.com/en/stable/ref/contrib/admin/",
                "https://docs.djangoproject.com/en/stable/topics/auth/",
            ],
            sources.QuerySelectorAll("li a").Attributes("href"));
        Assert.Equal("Flask documentation", sources.QuerySelector("li a")!.Text());
        var about = page.QuerySelector("section[aria-labelledby=about-the-author]")!;
        Assert.StartsWith("Joseph Nilo builds and maintains", about.QuerySelector("p")!.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ComparisonPage_LinksToItsFocusedPages()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var hrefs = page.QuerySelectorAll("article a").Attributes("href");
        Assert.Contains("/guides/flask-vs-django/decision-table", hrefs);
        Assert.Contains("/guides/flask-vs-django/faq", hrefs);
    }

    [Fact]
    public async Task ComparisonPage_RendersNoHeadingForMissingParts_WhenGuideHasNoQuickAnswerTableFaqOrSources()
    {
        var page = await site.Client().GetPageAsync("/guides/jinja-vs-mako");

        Assert.Equal(["when-jinja-fits", "when-mako-fits", "syntax-at-a-glance"], page.SectionIds());
        Assert.Empty(page.QuerySelectorAll(".quick-answer, .decision, .decision-table, .faq, .sources, .about-author"));
        Assert.All(page.QuerySelectorAll("h1, h2, h3, h4"), heading => Assert.NotEqual("", heading.Text()));
        var hrefs = page.QuerySelectorAll("a[href]").Attributes("href");
        Assert.DoesNotContain("/guides/jinja-vs-mako/faq", hrefs);
        Assert.DoesNotContain("/guides/jinja-vs-mako/decision-table", hrefs);
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task GuidePages_HaveUniqueIds(string slug)
    {
        var page = await site.Client().GetPageAsync(TestSite.PathOf(slug));

        var ids = page.QuerySelectorAll("[id]").Select(element => element.Id!).ToList();
        Assert.Equal(ids.Distinct(StringComparer.Ordinal), ids);
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task GuidePages_InPageLinksPointAtElementsOnThePage(string slug)
    {
        var path = TestSite.PathOf(slug);
        var page = await site.Client().GetPageAsync(path);

        var fragments = page.QuerySelectorAll("a[href]")
            .Select(link => link.GetAttribute("href")!)
            .Where(href => href.StartsWith('#') || href.StartsWith(path + "#", StringComparison.Ordinal))
            .Select(href => href[(href.IndexOf('#', StringComparison.Ordinal) + 1)..])
            .ToList();
        Assert.NotEmpty(fragments);
        Assert.All(fragments, fragment =>
        {
            Assert.NotEqual("", fragment);
            Assert.NotNull(page.GetElementById(fragment));
        });
    }
}
