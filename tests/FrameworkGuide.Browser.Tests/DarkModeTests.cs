using Microsoft.Playwright;

namespace FrameworkGuide.Browser.Tests;

/// <summary>A system set to dark gets a dark page with light text; a light one a light page.</summary>
public sealed class DarkModeTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Every), MemberType = typeof(PageTypes))]
    public async Task DarkColorScheme_GivesADarkBackgroundAndLightText(string pageType)
    {
        var type = PageTypes.All[pageType];
        await using var light = await site.OpenAsync(new() { ColorScheme = ColorScheme.Light });
        await using var dark = await site.OpenAsync(new() { ColorScheme = ColorScheme.Dark });

        await light.GotoAsync(type.Path, type.Status);
        await dark.GotoAsync(type.Path, type.Status);

        var lightBackground = await light.Page.BackgroundLuminanceAsync();
        var darkBackground = await dark.Page.BackgroundLuminanceAsync();
        Assert.True(lightBackground > 0.8, $"light background luminance {lightBackground:F3}");
        Assert.True(darkBackground < 0.05, $"dark background luminance {darkBackground:F3}");
        var darkText = await dark.Page.TextLuminanceAsync();
        Assert.True(darkText > 0.6, $"text on the dark background has luminance {darkText:F3}");
    }
}
