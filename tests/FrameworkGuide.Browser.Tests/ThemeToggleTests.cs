using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FrameworkGuide.Browser.Tests;

/// <summary>The header's theme toggle overrides the system's light or dark, and remembers the choice.</summary>
public sealed class ThemeToggleTests(BrowserSite site)
{
    [Theory]
    [InlineData(ColorScheme.Light, "dark")]
    [InlineData(ColorScheme.Dark, "light")]
    public async Task Toggle_SwitchesTheTheme_AndAriaPressedFollows(ColorScheme system, string firstChoice)
    {
        await using var tab = await site.OpenAsync(new() { ColorScheme = system });
        await tab.GotoAsync("/guides/flask-vs-django");
        var toggle = await RequireToggleAsync(tab.Page);
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", system == ColorScheme.Dark ? "true" : "false");

        await toggle.ClickAsync();

        await AssertThemeAsync(tab.Page, toggle, firstChoice);

        await toggle.ClickAsync();

        await AssertThemeAsync(tab.Page, toggle, firstChoice == "dark" ? "light" : "dark");
    }

    [Fact]
    public async Task ChosenTheme_SurvivesAReload_AndCarriesToOtherPages()
    {
        await using var tab = await site.OpenAsync(new() { ColorScheme = ColorScheme.Light });
        await tab.GotoAsync("/guides/flask-vs-django");
        await (await RequireToggleAsync(tab.Page)).ClickAsync();
        await AssertThemeAsync(tab.Page, tab.Page.Locator("header button.theme-toggle"), "dark");

        await tab.Page.ReloadAsync();

        await AssertThemeAsync(tab.Page, tab.Page.Locator("header button.theme-toggle"), "dark");

        await tab.GotoAsync("/tags");

        await AssertThemeAsync(tab.Page, tab.Page.Locator("header button.theme-toggle"), "dark");
    }

    private static async Task AssertThemeAsync(IPage page, ILocator toggle, string theme)
    {
        Assert.Equal(theme, await page.EvaluateAsync<string?>("() => document.documentElement.dataset.theme"));
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", theme == "dark" ? "true" : "false");
        var background = await page.BackgroundLuminanceAsync();
        Assert.True(theme == "dark" ? background < 0.05 : background > 0.8, $"{theme} theme, but the background luminance is {background:F3}");
    }

    /// <summary>The toggle, failing at once (not after a timeout) when the header has none.</summary>
    private static async Task<ILocator> RequireToggleAsync(IPage page)
    {
        var toggle = page.Locator("header button.theme-toggle");
        Assert.True(await toggle.CountAsync() == 1, $"{page.Url} has no button.theme-toggle in its header");
        return toggle;
    }
}
