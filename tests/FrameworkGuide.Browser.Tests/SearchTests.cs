using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FrameworkGuide.Browser.Tests;

/// <summary>Search from the header on every page, live results with the matched words marked, and keyboard-only use.</summary>
public sealed class SearchTests(BrowserSite site)
{
    [Fact]
    public async Task EveryPage_HasTheSearchBoxInItsHeader()
    {
        await using var tab = await site.OpenAsync();
        foreach (var type in PageTypes.All.Values)
        {
            await tab.GotoAsync(type.Path, type.Status);

            Assert.True(await tab.Page.Locator("header form.site-search input[name=q]").CountAsync() == 1, $"{type.Path} has no header form.site-search input[name=q]");
        }
    }

    [Fact]
    public async Task HeaderSearch_TakesTheReaderToTheResults()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/");
        var box = await RequireAsync(tab.Page, "header form.site-search input[name=q]");

        await box.FillAsync("admin");
        await box.PressAsync("Enter");

        // Only until the results page is committed: the expectations below wait for what they check.
        // (Waiting for its load event as well once timed out in CI after the network had gone idle.)
        await tab.Page.WaitForURLAsync(new Regex("/search\\?(.*&)?q=admin"), new() { WaitUntil = WaitUntilState.Commit });
        await Expect(Results(tab.Page).First).ToBeVisibleAsync();
        await Expect(tab.Page.Locator("#search-results a[href^='/guides/flask-vs-django']").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Typing_OnTheSearchPage_UpdatesTheResultsLive_WithMatchesMarked()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/search");
        var page = tab.Page;
        var box = await SearchPageBoxAsync(page);
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        await box.PressSequentiallyAsync("admin");

        await Expect(Results(page).First).ToBeVisibleAsync();
        await Expect(page.Locator("ol.search-results li").First).ToBeVisibleAsync();
        await Expect(page.Locator("#search-results a[href^='/guides/flask-vs-django']").First).ToBeVisibleAsync();
        await AssertMarkedAsync(page, "admin");

        await box.FillAsync("");
        await box.PressSequentiallyAsync("sqlite");

        await Expect(page.Locator("#search-results a[href^='/guides/postgresql-vs-mysql-vs-sqlite']").First).ToBeVisibleAsync();
        await AssertMarkedAsync(page, "sqlite");
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "typing reloaded the page");
    }

    [Fact]
    public async Task KeyboardOnly_TabToTheBox_TypeAndTabToTheFirstResult()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync("/search");
        var page = tab.Page;
        var box = await SearchPageBoxAsync(page);
        await box.EvaluateAsync("box => box.dataset.target = 'yes'");

        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.FocusIsOnAsync("a.skip-link"), "the first Tab does not land on the skip link");
        await page.TabUntilAsync("input[name=q][data-target=yes]", maxPresses: 10);
        await page.Keyboard.TypeAsync("django");

        await Expect(Results(page).First).ToBeVisibleAsync();
        await AssertMarkedAsync(page, "django");
        await page.TabUntilAsync("#search-results li a", maxPresses: 5);
        Assert.True(
            await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('#search-results li a')"),
            "Tab reached a result link, but not the first");
    }

    private static ILocator Results(IPage page) => page.Locator("#search-results li");

    private static async Task AssertMarkedAsync(IPage page, string word)
    {
        // Results follow the typing: wait until they answer the whole word, not a prefix typed on the way.
        await page.WaitForFunctionAsync(
            "word => { const marks = [...document.querySelectorAll('#search-results mark')]; return marks.length > 0 && marks.every(mark => mark.textContent.trim().toLowerCase().startsWith(word)); }",
            word);
        var marks = await page.Locator("#search-results mark").AllInnerTextsAsync();
        Assert.NotEmpty(marks);
        Assert.All(marks, mark => Assert.StartsWith(word, mark.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The search page's own box when it has one in its main content, else the header's.</summary>
    private static async Task<ILocator> SearchPageBoxAsync(IPage page)
    {
        var inMain = page.Locator("main input[name=q]");
        return await inMain.CountAsync() > 0 ? inMain.First : await RequireAsync(page, "header form.site-search input[name=q]");
    }

    /// <summary>The element, failing at once (not after a timeout) when the page has none.</summary>
    private static async Task<ILocator> RequireAsync(IPage page, string selector)
    {
        var element = page.Locator(selector);
        Assert.True(await element.CountAsync() > 0, $"{page.Url} has no {selector} (search is not there)");
        return element.First;
    }
}
