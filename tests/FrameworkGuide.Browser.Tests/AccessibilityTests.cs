using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace FrameworkGuide.Browser.Tests;

/// <summary>axe-core finds nothing wrong on any kind of page. A scan takes seconds: each page is scanned once.</summary>
public sealed class AccessibilityTests(BrowserSite site)
{
    [Theory]
    [InlineData("home", ColorScheme.Light)]
    [InlineData("guide", ColorScheme.Light)]
    [InlineData("guide", ColorScheme.Dark)]
    [InlineData("decision-table", ColorScheme.Light)]
    [InlineData("faq", ColorScheme.Light)]
    [InlineData("tag", ColorScheme.Light)]
    [InlineData("not-found", ColorScheme.Light)]
    public async Task Page_HasNoAxeViolations(string pageType, ColorScheme colorScheme)
    {
        var type = PageTypes.All[pageType];
        await using var tab = await site.OpenAsync(new() { ColorScheme = colorScheme });
        await tab.GotoAsync(type.Path, type.Status);

        var result = await tab.Page.RunAxe();

        Assert.True(result.Violations.Length == 0, $"{type.Path} ({colorScheme}):\n{Describe(result.Violations)}");
    }

    private static string Describe(IEnumerable<AxeResultItem> violations) => string.Join('\n', violations.Select(violation =>
        $"{violation.Id} ({violation.Impact}): {violation.Help}\n" +
        string.Join('\n', violation.Nodes.Select(node => $"    {node.Target}: {Checks(node)}"))));

    private static string Checks(AxeResultNode node) =>
        string.Join("; ", (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []).Select(check => check.Message));
}
