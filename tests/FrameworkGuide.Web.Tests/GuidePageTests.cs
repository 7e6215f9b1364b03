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
}
