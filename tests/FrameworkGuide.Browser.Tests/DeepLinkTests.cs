using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FrameworkGuide.Browser.Tests;

/// <summary>A shared address with a #fragment opens the page at that part, marked as the target.</summary>
public sealed class DeepLinkTests(BrowserSite site)
{
    [Fact]
    public async Task QuestionLink_OpensAtTheQuestion_WithItsPermalinkShown()
    {
        await using var tab = await site.OpenAsync();

        await tab.GotoAsync("/guides/flask-vs-django#is-flask-easier-than-django");

        var question = tab.Page.Locator("[id='is-flask-easier-than-django']");
        await Expect(question).ToContainTextAsync("Is Flask easier than Django?");
        await Expect(question).ToBeInViewportAsync();
        await AssertScrolledToTargetAsync(tab.Page, question);
        // The "#" permalink is hidden until hover, except on the target.
        await Expect(question.Locator(".permalink")).ToHaveCSSAsync("opacity", "1");
    }

    [Fact]
    public async Task DecisionRowLink_OpensAtTheRow_Highlighted()
    {
        await using var tab = await site.OpenAsync();

        await tab.GotoAsync("/guides/flask-vs-django#need-small-api-or-proof-of-concept");

        var row = tab.Page.Locator("[id='need-small-api-or-proof-of-concept']");
        await Expect(row).ToContainTextAsync("Small API or proof of concept");
        await Expect(row).ToBeInViewportAsync();
        await AssertScrolledToTargetAsync(tab.Page, row);
        var background = await row.EvaluateAsync<string>("row => getComputedStyle(row).backgroundColor");
        var otherBackground = await tab.Page.Locator("[id='need-custom-microservice']").EvaluateAsync<string>("row => getComputedStyle(row).backgroundColor");
        Assert.NotEqual(otherBackground, background);
        await Expect(row.Locator(".permalink")).ToHaveCSSAsync("opacity", "1");
    }

    private static async Task AssertScrolledToTargetAsync(IPage page, ILocator target)
    {
        Assert.True(await target.EvaluateAsync<bool>("element => element.matches(':target')"), "the element is not the :target");
        Assert.True(await page.EvaluateAsync<double>("() => window.scrollY") > 0, "the page did not scroll to the fragment");
    }
}
