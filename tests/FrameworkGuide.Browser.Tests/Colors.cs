using System.Globalization;
using Microsoft.Playwright;

namespace FrameworkGuide.Browser.Tests;

/// <summary>Colours as the browser computed them.</summary>
public static class Colors
{
    /// <summary>The WCAG relative luminance (0 black … 1 white) of a computed <c>rgb()</c> or <c>rgba()</c> colour.</summary>
    public static double Luminance(string cssColor)
    {
        var open = cssColor.IndexOf('(', StringComparison.Ordinal);
        var parts = cssColor[(open + 1)..cssColor.IndexOf(')', StringComparison.Ordinal)]
            .Split([',', ' ', '/'], StringSplitOptions.RemoveEmptyEntries);
        Assert.True(open > 0 && parts.Length >= 3 && cssColor.StartsWith("rgb", StringComparison.Ordinal), $"not an rgb() colour: {cssColor}");
        var channels = parts.Take(3).Select(part => Linear(double.Parse(part, CultureInfo.InvariantCulture) / 255)).ToArray();
        return (0.2126 * channels[0]) + (0.7152 * channels[1]) + (0.0722 * channels[2]);
    }

    /// <summary>The luminance of the page's background (the body's computed background colour).</summary>
    public static async Task<double> BackgroundLuminanceAsync(this IPage page) =>
        Luminance(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

    /// <summary>The luminance of the body text.</summary>
    public static async Task<double> TextLuminanceAsync(this IPage page) =>
        Luminance(await page.EvaluateAsync<string>("() => getComputedStyle(document.body).color"));

    private static double Linear(double channel) =>
        channel <= 0.04045 ? channel / 12.92 : Math.Pow((channel + 0.055) / 1.055, 2.4);
}
