using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace FrameworkGuide.Browser.Tests;

/// <summary>
/// The decision helper: tick the needs that describe your project and see which option fits,
/// live with JavaScript, after a plain GET without it, and with the keyboard alone.
/// </summary>
public sealed class DecisionHelperTests(BrowserSite site)
{
    private const string GuidePath = "/guides/flask-vs-django";
    private const string TablePath = GuidePath + "/decision-table";

    /// <summary>Two needs that point to Django and one to Flask.</summary>
    private static readonly string[] Needs = ["small-api-or-proof-of-concept", "database-backed-business-app", "internal-admin-tool"];

    [Theory]
    [InlineData(TablePath)]
    [InlineData(GuidePath)]
    public async Task DecisionForm_HasACheckboxInEveryRow_AndSubmitsToTheDecisionTable(string path)
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync(path);

        var form = await RequireFormAsync(tab.Page);

        Assert.Equal("get", (await form.GetAttributeAsync("method"))?.ToLowerInvariant());
        Assert.Equal(TablePath, await form.GetAttributeAsync("action"));
        var rows = tab.Page.Locator("table.decision-table tbody tr");
        await Expect(rows).ToHaveCountAsync(6);
        foreach (var row in await rows.AllAsync())
        {
            var box = row.Locator("input[type=checkbox][name=need]");
            await Expect(box).ToHaveCountAsync(1);
            Assert.Equal(await row.GetAttributeAsync("id"), "need-" + await box.GetAttributeAsync("value"));
            Assert.True(await box.EvaluateAsync<bool>("box => box.form?.matches('form.decision-form') ?? false"), "a row's checkbox is not part of the decision form");
        }

        Assert.True(await form.EvaluateAsync<bool>("form => [...form.elements].some(element => element.type === 'submit')"), "the form has no submit button");
        await Expect(tab.Page.Locator("#decision-result")).ToHaveAttributeAsync("aria-live", "polite");
    }

    [Fact]
    public async Task TickingNeeds_UpdatesTheResultWithoutReloading_AndTheAddressFollows()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync(TablePath);
        var page = tab.Page;
        await RequireFormAsync(page);
        await page.EvaluateAsync("() => { window.notReloaded = true; }");

        foreach (var need in Needs)
        {
            await Checkbox(page, need).CheckAsync();
        }

        var result = page.Locator("#decision-result");
        await Expect(result.Locator(".result-verdict")).ToHaveTextAsync("Django fits 2 of your 3 needs");
        await Expect(result.Locator(".result-count[data-option='Django']")).ToContainTextAsync("2");
        await Expect(result.Locator(".result-count[data-option='Flask']")).ToContainTextAsync("1");
        await Expect(page).ToHaveURLAsync(site.BaseUrl + TablePath + "?" + string.Join('&', Needs.Select(need => "need=" + need)));
        Assert.True(await page.EvaluateAsync<bool>("() => window.notReloaded === true"), "ticking a need reloaded the page");

        await Checkbox(page, Needs[2]).UncheckAsync();

        await Expect(result.Locator(".result-verdict")).ToHaveTextAsync(new Regex("1 of your 2 needs"));
        await Expect(page).ToHaveURLAsync(site.BaseUrl + TablePath + "?need=" + Needs[0] + "&need=" + Needs[1]);
    }

    [Fact]
    public async Task TickingNeeds_OnTheGuidePage_UpdatesTheResultThere()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync(GuidePath);
        await RequireFormAsync(tab.Page);

        foreach (var need in Needs)
        {
            await Checkbox(tab.Page, need).CheckAsync();
        }

        await Expect(tab.Page.Locator("#decision-result .result-verdict")).ToHaveTextAsync("Django fits 2 of your 3 needs");
        Assert.Equal(GuidePath, new Uri(tab.Page.Url).AbsolutePath);
    }

    [Fact]
    public async Task CopyResult_PutsTheResultAddressOnTheClipboard()
    {
        await using var tab = await site.OpenAsync();
        await tab.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = site.BaseUrl });
        await tab.GotoAsync(TablePath);
        var page = tab.Page;
        await RequireFormAsync(page);
        await Checkbox(page, Needs[0]).CheckAsync();
        await Checkbox(page, Needs[1]).CheckAsync();
        await Expect(page.Locator("#decision-result .result-verdict")).ToContainTextAsync("of your 2 needs");

        await page.Locator("#copy-result").ClickAsync();

        var expected = site.BaseUrl + TablePath + "?need=" + Needs[0] + "&need=" + Needs[1];
        await Expect(page.Locator("#copy-result")).ToContainTextAsync(new Regex("copied", RegexOptions.IgnoreCase));
        Assert.Equal(expected, await page.EvaluateAsync<string>("() => navigator.clipboard.readText()"));
    }

    [Fact]
    public async Task WithoutJavaScript_TickingAndSubmitting_GivesTheSameVerdict()
    {
        await using var scripted = await site.OpenAsync();
        await scripted.GotoAsync(TablePath);
        await RequireFormAsync(scripted.Page);
        foreach (var need in Needs)
        {
            await Checkbox(scripted.Page, need).CheckAsync();
        }

        await Expect(scripted.Page.Locator("#decision-result .result-verdict")).ToContainTextAsync("of your 3 needs");
        var scriptedVerdict = (await scripted.Page.Locator("#decision-result .result-verdict").InnerTextAsync()).Trim();

        await using var plain = await site.OpenAsync(new() { JavaScriptEnabled = false });
        await plain.GotoAsync(TablePath);
        var page = plain.Page;
        var form = await RequireFormAsync(page);
        foreach (var need in Needs)
        {
            await Checkbox(page, need).CheckAsync();
        }

        await form.Locator("button:not([type=button]):not([type=reset]), input[type=submit]").First.ClickAsync();

        await page.WaitForURLAsync(new Regex("[?&]need="));
        Assert.Equal(scriptedVerdict, (await page.Locator("#decision-result .result-verdict").InnerTextAsync()).Trim());
        foreach (var need in Needs)
        {
            await Expect(Checkbox(page, need)).ToBeCheckedAsync();
        }
    }

    [Fact]
    public async Task KeyboardOnly_TabToARowCheckbox_SpaceTicksIt_AndTheResultUpdates()
    {
        await using var tab = await site.OpenAsync();
        await tab.GotoAsync(TablePath);
        var page = tab.Page;
        await RequireFormAsync(page);

        await page.TabUntilAsync("table.decision-table input[type=checkbox][name=need]", maxPresses: 40);
        var need = await page.EvaluateAsync<string>("() => document.activeElement.value");
        var pick = (await page.Locator($"[id='need-{need}'] .pick").InnerTextAsync()).Trim();
        await page.Keyboard.PressAsync("Space");

        await Expect(Checkbox(page, need)).ToBeCheckedAsync();
        await Expect(page.Locator("#decision-result .result-verdict")).ToHaveTextAsync($"{pick} fits 1 of your 1 need");
        await Expect(page.Locator($"#decision-result .result-count[data-option='{pick}']")).ToContainTextAsync("1");
    }

    private static ILocator Checkbox(IPage page, string need) =>
        page.Locator($"table.decision-table tr input[type=checkbox][name=need][value='{need}']");

    /// <summary>The decision form, failing at once (not after a timeout) when the page has none.</summary>
    private static async Task<ILocator> RequireFormAsync(IPage page)
    {
        var form = page.Locator("form.decision-form");
        Assert.True(await form.CountAsync() == 1, $"{page.Url} has no form.decision-form (the decision helper is not there)");
        return form;
    }
}
