using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FrameworkGuide.Browser.Tests;

/// <summary>The "Copy link" buttons beside headings and rows put a full address on the clipboard and say so.</summary>
public sealed class CopyLinkTests(BrowserSite site)
{
    [Fact]
    public async Task SectionCopyButton_CopiesTheSectionsSharePage_AndAnnouncesIt()
    {
        await using var tab = await OpenWithClipboardAsync();
        var page = tab.Page;
        var button = page.Locator("[id='when-django-fits'] button.copy-link");
        await Expect(button).ToHaveAccessibleNameAsync("Copy link to When Django Fits");

        await button.ClickAsync();

        var expected = site.BaseUrl + "/guides/flask-vs-django/s/when-django-fits";
        await Expect(page.Locator("[aria-live=polite]", new() { HasText = "Link copied" })).ToHaveTextAsync("Link copied: " + expected);
        await Expect(button).ToHaveTextAsync("Copied");
        Assert.Equal(expected, await ReadClipboardAsync(page));

        await tab.GotoAsync(expected);
        await Expect(page.Locator("h1")).ToHaveTextAsync("When Django Fits");
    }

    [Fact]
    public async Task RowCopyButton_CopiesTheGuideAddressWithTheRowFragment()
    {
        await using var tab = await OpenWithClipboardAsync();
        var page = tab.Page;
        var button = page.Locator("[id='need-small-api-or-proof-of-concept'] button.copy-link");

        await button.ClickAsync();

        var expected = site.BaseUrl + "/guides/flask-vs-django#need-small-api-or-proof-of-concept";
        await Expect(page.Locator("[aria-live=polite]", new() { HasText = "Link copied" })).ToHaveTextAsync("Link copied: " + expected);
        Assert.Equal(expected, await ReadClipboardAsync(page));
    }

    private async Task<BrowserTab> OpenWithClipboardAsync()
    {
        var tab = await site.OpenAsync();
        await tab.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl });
        await tab.GotoAsync("/guides/flask-vs-django");
        return tab;
    }

    private static Task<string> ReadClipboardAsync(IPage page) => page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
}
