using System.Text.Json;
using AngleSharp.Dom;
using FrameworkGuide.Web.Discovery;

namespace FrameworkGuide.Web.Tests.Discovery;

public sealed class GuideJsonTests(SiteFixture site)
{
    /// <summary>The documented top-level fields, in order (docs/guide-data.md). Fields may be added, never renamed or removed.</summary>
    private static readonly string[] DocumentedFields =
    [
        "slug", "url", "title", "summary", "updated", "reviewed", "author", "options", "tags", "quickAnswer",
        "decisionTable", "sections", "faq", "sources", "aboutAuthor", "links",
    ];

    [Fact]
    public async Task Json_HasTheDocumentedCamelCaseFields()
    {
        var body = await site.Client().GetTextAsync("/guides/flask-vs-django.json", "application/json");

        using var json = JsonDocument.Parse(body);
        Assert.Equal(DocumentedFields, json.RootElement.EnumerateObject().Select(property => property.Name));
        var row = json.RootElement.GetProperty("decisionTable").GetProperty("rows")[0];
        Assert.Equal(["id", "anchor", "need", "option", "either", "reason"], row.EnumerateObject().Select(property => property.Name));
        Assert.Equal(["page", "decisionTable", "faq", "card"], json.RootElement.GetProperty("links").EnumerateObject().Select(property => property.Name));
        Assert.Equal("2026-06-02", json.RootElement.GetProperty("updated").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("reviewed").ValueKind);
    }

    [Fact]
    public async Task Json_DescribesTheGuide_WithAbsoluteUrls()
    {
        var guide = await site.Client().GetJsonAsync<GuideJson>("/guides/flask-vs-django.json");

        Assert.Equal("flask-vs-django", guide.Slug);
        Assert.Equal("http://localhost/guides/flask-vs-django", guide.Url);
        Assert.Equal("Flask vs Django", guide.Title);
        Assert.StartsWith("Flask is the lighter, more flexible choice", guide.Summary, StringComparison.Ordinal);
        Assert.Equal(new DateOnly(2026, 6, 2), guide.Updated);
        Assert.Equal("Joseph Nilo", guide.Author);
        Assert.Equal(
            [new TagJson("python", "python", "http://localhost/tags/python"),
             new TagJson("web-frameworks", "web-frameworks", "http://localhost/tags/web-frameworks"),
             new TagJson("backend", "backend", "http://localhost/tags/backend")],
            guide.Tags);
        Assert.Equal("quick-answer", guide.QuickAnswer!.Id);
        Assert.StartsWith("Pick Flask for a small service", guide.QuickAnswer.Text, StringComparison.Ordinal);
        Assert.Equal(["Team and Maintenance Tradeoffs", "Can You Switch Later?"], guide.Sections.Select(section => section.Title));
        Assert.Equal(new SourceJson("Flask documentation", "https://flask.palletsprojects.com/"), guide.Sources[0]);
        Assert.Equal("about-the-author", guide.AboutAuthor!.Id);
        Assert.Equal(
            new GuideLinksJson(
                "http://localhost/guides/flask-vs-django",
                "http://localhost/guides/flask-vs-django/decision-table",
                "http://localhost/guides/flask-vs-django/faq",
                "http://localhost/guides/flask-vs-django/card.png"),
            guide.Links);
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task Json_MatchesThePage_TitleOptionsAndTags(string slug)
    {
        var client = site.Client();
        var page = await client.GetPageAsync(TestSite.PathOf(slug));
        var guide = await client.GetJsonAsync<GuideJson>($"/guides/{slug}.json");

        Assert.Equal(page.QuerySelector("h1")!.TextContent, guide.Title);
        Assert.Equal(page.QuerySelectorAll(".guide-header .options .chip").Texts(), guide.Options.Select(option => option.Name));
        Assert.Equal(page.QuerySelectorAll(".guide-header a.tag").Attributes("href"), guide.Tags.Select(tag => new Uri(tag.Url).AbsolutePath));
        Assert.Equal(page.QuerySelectorAll(".fits h2").Select(heading => heading.Id), guide.Options.Where(option => option.WhenFits is not null).Select(option => option.WhenFits!.Id));
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task Json_DecisionRows_EqualTheRowsOfThePagesDecisionTable(string slug)
    {
        var client = site.Client();
        var page = await client.GetPageAsync(TestSite.PathOf(slug));
        var guide = await client.GetJsonAsync<GuideJson>($"/guides/{slug}.json");

        var table = page.QuerySelector("table.decision-table");
        if (guide.DecisionTable is null)
        {
            Assert.Null(table);
            Assert.Null(guide.Links.DecisionTable);
            return;
        }

        Assert.NotNull(table);
        Assert.Equal(table.QuerySelectorAll("thead th:not(.tick-column)").Texts(), guide.DecisionTable.Headers);
        var pageRows = table.QuerySelectorAll("tbody tr").Select(row => new
        {
            Anchor = row.Id,
            Need = row.QuerySelector("th")!.Text(),
            Pick = row.QuerySelector(".pick")!.Text(),
            Reason = row.QuerySelectorAll("td:not(.tick)")[1].Text(),
        });
        var jsonRows = guide.DecisionTable.Rows.Select(row => new
        {
            Anchor = (string?)row.Anchor,
            Need = Normalize(row.Need),
            Pick = row.Option ?? "Either",
            Reason = Normalize(row.Reason),
        });
        Assert.Equal(pageRows, jsonRows);
        Assert.All(guide.DecisionTable.Rows, row => Assert.Equal("need-" + row.Id, row.Anchor));
        Assert.All(guide.DecisionTable.Rows, row => Assert.Equal(row.Option is null, row.Either));
    }

    [Fact]
    public async Task Json_EitherRow_HasNoOption()
    {
        var guide = await site.Client().GetJsonAsync<GuideJson>("/guides/flask-vs-django.json");

        var row = guide.DecisionTable!.Rows.Single(row => row.Id == "learning-python-web-basics");
        Assert.Null(row.Option);
        Assert.True(row.Either);
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task Json_Faq_EqualsTheQuestionsAndAnswersOfTheFaqPage(string slug)
    {
        var client = site.Client();
        var guide = await client.GetJsonAsync<GuideJson>($"/guides/{slug}.json");

        if (guide.Links.Faq is null)
        {
            Assert.Empty(guide.Faq);
            Assert.Equal(404, await client.StatusOfAsync(TestSite.PathOf(slug) + "/faq"));
            return;
        }

        var page = await client.GetPageAsync(new Uri(guide.Links.Faq).AbsolutePath);
        var questions = page.QuerySelectorAll("article section[aria-labelledby]");
        Assert.Equal(
            questions.Select(question => (question.QuerySelector("h2")!.Id, question.QuerySelector("h2")!.Text(), question.QuerySelector(".answer")!.Text())),
            guide.Faq.Select(item => ((string?)item.Id, Normalize(item.Question), Normalize(item.Answer))));
        Assert.NotEmpty(guide.Faq);
    }

    [Theory]
    [MemberData(nameof(TestSite.Served), MemberType = typeof(TestSite))]
    public async Task Json_PageLinks_AreAbsoluteAndAnswer200(string slug)
    {
        var client = site.Client();
        var guide = await client.GetJsonAsync<GuideJson>($"/guides/{slug}.json");

        await client.AssertAnswersAsync(guide.Url);
        await client.AssertAnswersAsync(guide.Links.Page);
        foreach (var link in new[] { guide.Links.DecisionTable, guide.Links.Faq }.OfType<string>())
        {
            await client.AssertAnswersAsync(link);
        }

        foreach (var tag in guide.Tags)
        {
            await client.AssertAnswersAsync(tag.Url);
        }

        Assert.Equal($"http://localhost/guides/{slug}/card.png", guide.Links.Card);
    }

    [Fact]
    public async Task Json_CarriesHostileTextVerbatim()
    {
        var guide = await site.Client().GetJsonAsync<GuideJson>("/guides/hostile-markup.json");

        Assert.Equal("<script>alert(1)</script>", guide.Title);
        Assert.Equal("\"><img src=x onerror=alert(1)>", guide.Summary);
        Assert.Equal(["Flask", "<svg onload=alert(1)>"], guide.Options.Select(option => option.Name));
    }

    [Fact]
    public async Task Json_EscapesMarkupCharacters_SoTheBodyNeverReadsAsHtml()
    {
        var body = await site.Client().GetTextAsync("/guides/hostile-markup.json", "application/json");

        Assert.DoesNotContain("<script", body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("/guides/no-such-guide.json")]
    [InlineData("/guides/" + TestSite.BrokenSlug + ".json")]
    [InlineData("/guides/" + TestSite.DraftSlug + ".json")]
    [InlineData("/guides/flask_vs_django.json")]
    [InlineData("/guides/flask-vs-django.xml")]
    [InlineData("/guides/flask-vs-django.json.json")]
    [InlineData("/guides/.json")]
    public async Task Json_IsNotFound_ForAnUnknownOrUnservedGuide(string path)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(404, (int)response.StatusCode);
    }

    [Fact]
    public async Task Json_NotFound_AnswersWithAJsonProblem()
    {
        using var response = await site.Client().GetAsync("/guides/no-such-guide.json", TestContext.Current.CancellationToken);

        Assert.Equal(404, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(404, problem.RootElement.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Json_OldSlugFromAliases_RedirectsPermanentlyToTheGuidesJson()
    {
        using var response = await site.Client().GetAsync("/guides/old-name.json", TestContext.Current.CancellationToken);

        Assert.Equal(301, (int)response.StatusCode);
        Assert.Equal("/guides/" + TestSite.AliasTarget + ".json", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Json_RouteLeavesTheGuidePageAlone()
    {
        var client = site.Client();

        var page = await client.GetPageAsync("/guides/flask-vs-django");
        var guide = await client.GetJsonAsync<GuideJson>("/guides/flask-vs-django.json");

        Assert.Equal(page.QuerySelector("h1")!.Text(), guide.Title);
        Assert.NotNull(page.QuerySelector("article.guide"));
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
