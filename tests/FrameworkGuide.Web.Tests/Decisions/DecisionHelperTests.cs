using System.Net;
using System.Text;

namespace FrameworkGuide.Web.Tests.Decisions;

/// <summary>The decision helper without JavaScript: a plain GET form whose result the server renders.</summary>
public sealed class DecisionHelperTests(SiteFixture site)
{
    private const string Table = "/guides/flask-vs-django/decision-table";

    [Fact]
    public async Task NoTicks_ShowsTheTableWithABoxPerRowAndAnInvitation_ButNoResult()
    {
        var page = await site.Client().GetPageAsync(Table);

        var form = page.QuerySelector("form.decision-form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal(Table, form.GetAttribute("action"));
        var boxes = form.QuerySelectorAll("tbody tr input[type=checkbox][name=need]");
        Assert.Equal(6, boxes.Length);
        Assert.Equal("small-api-or-proof-of-concept", boxes[0].GetAttribute("value"));
        Assert.All(boxes, box => Assert.False(box.HasAttribute("checked")));
        Assert.NotNull(page.QuerySelector(".decision-invite"));
        Assert.Null(page.QuerySelector(".result-verdict"));
    }

    [Fact]
    public async Task Ticks_PointToTheOptionMostOfThemFavour_WithCountsAndReasons()
    {
        var page = await site.Client().GetPageAsync(Table + "?need=database-backed-business-app&need=internal-admin-tool&need=small-api-or-proof-of-concept");

        Assert.Equal("Django fits 2 of your 3 needs", page.QuerySelector(".result-verdict")!.Text());
        Assert.Equal("Django 2 of 3", page.QuerySelector(".result-count[data-option=Django]")!.Text());
        Assert.Equal("Flask 1 of 3", page.QuerySelector(".result-count[data-option=Flask]")!.Text());
        var djangoReasons = page.QuerySelectorAll(".result-reasons[data-option=Django] li").Select(item => item.Text()).ToList();
        Assert.Equal(2, djangoReasons.Count);
        Assert.StartsWith("Database-backed business app: ORM, admin", djangoReasons[0], StringComparison.Ordinal);
        Assert.Equal(3, page.QuerySelectorAll("tbody input[name=need][checked]").Length);
    }

    [Fact]
    public async Task EitherRows_AreShownButDoNotTipTheBalance()
    {
        var page = await site.Client().GetPageAsync(Table + "?need=custom-microservice&need=learning-python-web-basics");

        Assert.Equal("Flask fits 1 of your 2 needs", page.QuerySelector(".result-verdict")!.Text());
        Assert.Contains("Learning Python web basics", page.QuerySelector(".result-either")!.Text(), StringComparison.Ordinal);
        Assert.Equal("Django 0 of 2", page.QuerySelector(".result-count[data-option=Django]")!.Text());
    }

    [Fact]
    public async Task OnlyEitherRows_SayAnyOptionFits()
    {
        var page = await site.Client().GetPageAsync(Table + "?need=learning-python-web-basics");

        Assert.Equal("Any of the options fits your 1 need", page.QuerySelector(".result-verdict")!.Text());
    }

    [Fact]
    public async Task Tie_SaysSoAndNamesTheNeedsThatWouldBreakIt()
    {
        var page = await site.Client().GetPageAsync(Table + "?need=small-api-or-proof-of-concept&need=internal-admin-tool");

        Assert.Equal("A tie: Flask and Django each fit 1 of your 2 needs", page.QuerySelector(".result-verdict")!.Text());
        var breakers = page.QuerySelectorAll(".result-tie li").Select(item => item.Text()).ToList();
        Assert.Contains("Custom microservice points to Flask", breakers);
        Assert.Contains("Database-backed business app points to Django", breakers);
        Assert.DoesNotContain(breakers, breaker => breaker.StartsWith("Internal admin tool", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UnknownIdsAreIgnored_AndRepeatsCountOnce()
    {
        var page = await site.Client().GetPageAsync(Table + "?need=internal-admin-tool&need=internal-admin-tool&need=no-such-row&need=%3Cscript%3E");

        Assert.Equal("Django fits 1 of your 1 need", page.QuerySelector(".result-verdict")!.Text());
        Assert.Equal("http://localhost" + Table + "?need=internal-admin-tool", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task HugeQueryString_IsAnsweredWithBoundedWork()
    {
        var query = new StringBuilder("?need=internal-admin-tool");
        for (var i = 0; i < 3000; i++)
        {
            query.Append("&need=row-").Append(i);
        }

        var page = await site.Client().GetPageAsync(Table + query);

        Assert.Equal("Django fits 1 of your 1 need", page.QuerySelector(".result-verdict")!.Text());
    }

    [Fact]
    public async Task ValuesPastTheLimit_AreNotRead()
    {
        var query = string.Concat(Enumerable.Range(0, 100).Select(i => $"&need=filler-{i}"));

        var page = await site.Client().GetPageAsync(Table + "?" + query.TrimStart('&') + "&need=internal-admin-tool");

        Assert.Null(page.QuerySelector(".result-verdict"));
    }

    [Fact]
    public async Task ResultUrl_PreviewsAsTheResult()
    {
        var page = await site.Client().GetPageAsync(Table + "?need=team-project-that-will-last-years&need=internal-admin-tool&need=small-api-or-proof-of-concept");

        Assert.Equal("Django fits 2 of your 3 needs — Flask vs Django", page.QuerySelector("meta[property='og:title']")!.GetAttribute("content"));
        Assert.Equal("Django fits 2 of your 3 needs — Flask vs Django · FrameworkGuide", page.Title);
        Assert.Equal(
            "Needs ticked: Small API or proof of concept; Internal admin tool; Team project that will last years.",
            page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal(
            "http://localhost" + Table + "?need=small-api-or-proof-of-concept&need=internal-admin-tool&need=team-project-that-will-last-years",
            page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
        Assert.Equal(
            Table + "?need=small-api-or-proof-of-concept&need=internal-admin-tool&need=team-project-that-will-last-years",
            page.QuerySelector(".result-link")!.GetAttribute("href"));
    }

    [Fact]
    public async Task ThreeOptions_AreCountedLikeTwo()
    {
        var page = await site.Client().GetPageAsync("/guides/postgresql-vs-mysql-vs-sqlite/decision-table?need=command-line-app-with-local-data&need=plain-tables-behind-a-crud-app");

        Assert.Equal("SQLite fits 1 of your 2 needs", page.QuerySelector(".result-verdict")!.Text());
        Assert.Equal(3, page.QuerySelectorAll(".result-count").Length);
    }

    [Fact]
    public async Task ComparisonPage_RendersTheSameHelperAndResult()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django?need=internal-admin-tool");

        Assert.Equal(Table, page.QuerySelector("form.decision-form")!.GetAttribute("action"));
        Assert.Equal("Django fits 1 of your 1 need", page.QuerySelector("#decision-result .result-verdict")!.Text());
        Assert.Equal("http://localhost/guides/flask-vs-django", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
    }

    [Fact]
    public async Task PartialResult_IsOnlyTheResultFragment()
    {
        using var response = await site.Client().GetAsync(Table + "?need=internal-admin-tool&partial=1", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var fragment = await Html.ParseAsync(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(fragment.QuerySelector("header, nav, main, form"));
        Assert.Equal("Django fits 1 of your 1 need", fragment.QuerySelector(".result-verdict")!.Text());
    }

    [Fact]
    public async Task PartialResult_OfAnUnknownGuide_IsNotFound()
    {
        using var response = await site.Client().GetAsync("/guides/no-such-guide/decision-table?partial=1", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
