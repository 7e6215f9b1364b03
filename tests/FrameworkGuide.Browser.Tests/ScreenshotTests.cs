using Microsoft.Playwright;

namespace FrameworkGuide.Browser.Tests;

/// <summary>Full-page screenshots of every kind of page, phone and laptop, light and dark, for people to look at.</summary>
public sealed class ScreenshotTests(BrowserSite site)
{
    [Fact]
    public async Task EveryPageType_IsCapturedAtPhoneAndLaptopWidths_InLightAndDark()
    {
        var folder = site.ScreenshotFolder;
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {folder}");
        TestContext.Current.SendDiagnosticMessage($"Screenshots: {folder}");
        var files = new List<(string Path, int Width)>();

        foreach (var width in new[] { 375, 1280 })
        {
            foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
            {
                await using var tab = width == 375
                    ? await site.OpenPhoneAsync(scheme)
                    : await site.OpenAsync(new() { ViewportSize = new() { Width = width, Height = 800 }, ColorScheme = scheme });
                foreach (var type in PageTypes.All.Values)
                {
                    await tab.GotoAsync(type.Path, type.Status);
                    var path = Path.Combine(folder, $"{type.Name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                    await tab.Page.ScreenshotAsync(new() { Path = path, FullPage = true });
                    files.Add((path, width));
                }
            }
        }

        Assert.Equal(PageTypes.All.Count * 4, files.Count);
        foreach (var (path, width) in files)
        {
            Assert.True(File.Exists(path), $"{path} was not written");
            var size = Png.Size(path);
            Assert.True(size.Width == width, $"{Path.GetFileName(path)} is {size.Width} px wide, not {width}");
            Assert.True(size.Height >= 600, $"{Path.GetFileName(path)} is only {size.Height} px high");
        }
    }
}
