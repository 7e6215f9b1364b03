using Microsoft.Playwright;

namespace FrameworkGuide.Browser.Tests;

/// <summary>Moving through a page with the Tab key only, as a keyboard user does.</summary>
public static class KeyboardNavigation
{
    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>, failing after <paramref name="maxPresses"/> presses.</summary>
    /// <returns>How many presses it took.</returns>
    public static async Task<int> TabUntilAsync(this IPage page, string selector, int maxPresses)
    {
        for (var presses = 1; presses <= maxPresses; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return presses;
            }
        }

        var focused = await page.EvaluateAsync<string>("() => document.activeElement?.outerHTML.slice(0, 200) ?? 'nothing'");
        Assert.Fail($"{maxPresses} presses of Tab did not reach {selector}; focus is on {focused}");
        return maxPresses;
    }

    /// <summary>Whether the focused element matches <paramref name="selector"/>.</summary>
    public static Task<bool> FocusIsOnAsync(this IPage page, string selector) =>
        page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector);
}
