using System.Text.Json;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>
/// What decide.js needs where no server renders results (a static export): a mark on the live
/// result fragment, to tell it from a page served in its place, and the data to draw a result from.
/// </summary>
public sealed class DecisionFallbackTests(SiteFixture site)
{
    private const string Table = "/guides/flask-vs-django/decision-table";

    [Fact]
    public async Task ResultFragment_IsMarked_AndThePageIsNot()
    {
        using var fragment = await site.Client().GetAsync(Table + "?need=internal-admin-tool&partial=1", TestContext.Current.CancellationToken);
        using var page = await site.Client().GetAsync(Table + "?need=internal-admin-tool", TestContext.Current.CancellationToken);

        Assert.Equal(["1"], fragment.Headers.GetValues("X-Decision-Result"));
        Assert.False(page.Headers.Contains("X-Decision-Result"));
    }

    [Theory]
    [InlineData(Table)]
    [InlineData("/guides/flask-vs-django")]
    [InlineData("/guides/postgresql-vs-mysql-vs-sqlite/decision-table")]
    public async Task DecisionForm_CarriesTheOptionsAndEachRowsNeedOptionAndReason(string path)
    {
        var page = await site.Client().GetPageAsync(path);

        var form = page.QuerySelector("form.decision-form")!;
        var options = JsonSerializer.Deserialize<string[]>(form.GetAttribute("data-options")!)!;
        Assert.True(options.Length >= 2);
        var rows = form.QuerySelectorAll("tbody tr");
        Assert.NotEmpty(rows);
        foreach (var row in rows)
        {
            var need = row.QuerySelector("th")!.Text();
            var pick = row.QuerySelector(".pick")!.Text();
            Assert.Equal(need, row.GetAttribute("data-need"));
            if (pick == "Either")
            {
                Assert.Equal("", row.GetAttribute("data-option"));
            }
            else
            {
                Assert.Equal(pick, row.GetAttribute("data-option"));
                Assert.Contains(pick, options);
            }

            Assert.NotNull(row.QuerySelector("td[data-reason]"));
        }
    }
}
