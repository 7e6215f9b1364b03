using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FrameworkGuide.Browser.Tests;

public sealed class GuideReadingTests(BrowserSite site)
{
    [Fact]
    public async Task ComparisonPage_ShowsTitleAndQuickAnswerFirst_ThenTheDecisionTable()
    {
        await using var tab = await site.OpenAsync();

        await tab.GotoAsync("/guides/flask-vs-django");

        var page = tab.Page;
        await Expect(page).ToHaveTitleAsync(new Regex("^Flask vs Django"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Flask vs Django");
        var quickAnswer = page.Locator(".quick-answer");
        await Expect(quickAnswer.Locator("h2")).ToContainTextAsync("Quick Answer");
        await Expect(quickAnswer).ToContainTextAsync("Pick Flask for a small service");
        await Expect(quickAnswer).ToBeInViewportAsync();
        var table = page.Locator("table.decision-table");
        await Expect(table).ToBeVisibleAsync();
        await Expect(table.Locator("thead")).ToContainTextAsync("Better default");
        var rows = table.Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(6);
        await Expect(rows.First.Locator("th")).ToContainTextAsync("Small API or proof of concept");
        await Expect(rows.First.Locator(".pick")).ToHaveTextAsync("Flask");
        await Expect(rows.Last.Locator(".pick")).ToHaveTextAsync("Either");
    }

    [Fact]
    public async Task TableOfContents_EachLinkScrollsToItsSection()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/guides/flask-vs-django");
        var page = tab.Page;
        var links = page.Locator("nav.toc a");
        var count = await links.CountAsync();
        Assert.True(count >= 5, $"the table of contents has {count} links");

        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            var id = (await link.GetAttributeAsync("href"))!.TrimStart('#');
            var title = (await link.TextContentAsync())!.Trim();
            await page.EvaluateAsync("() => window.scrollTo(0, 0)");

            await link.ClickAsync();

            var heading = page.Locator($"[id='{id}']");
            await Expect(heading).ToBeInViewportAsync();
            await Expect(heading).ToContainTextAsync(title);
            Assert.EndsWith("#" + id, page.Url, StringComparison.Ordinal);
        }

        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the last contents link did not scroll the page");
    }
}
