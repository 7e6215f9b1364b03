using Microsoft.Playwright;

namespace FrameworkGuide.Browser.Tests;

/// <summary>Every kind of page loads without a console error, a script error or a failed request.</summary>
public sealed class CleanLoadTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Every), MemberType = typeof(PageTypes))]
    public async Task Page_LoadsWithoutErrors(string pageType)
    {
        var type = PageTypes.All[pageType];
        await using var tab = await site.OpenAsync();

        await tab.GotoAsync(type.Path, type.Status, WaitUntilState.NetworkIdle);

        Assert.True(tab.Problems.Count == 0, $"{type.Path}:\n{string.Join('\n', tab.Problems)}");
    }
}
