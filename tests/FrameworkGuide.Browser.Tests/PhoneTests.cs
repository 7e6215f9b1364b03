using System.Text.Json;

namespace FrameworkGuide.Browser.Tests;

/// <summary>On a 375 px wide phone nothing scrolls sideways, and the decision table reads as cards.</summary>
public sealed class PhoneTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Every), MemberType = typeof(PageTypes))]
    public async Task Page_DoesNotScrollSideways_OnAPhone(string pageType)
    {
        var type = PageTypes.All[pageType];
        await using var tab = await site.OpenPhoneAsync();

        await tab.GotoAsync(type.Path, type.Status);

        var width = await tab.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const root = document.documentElement;
              const wide = [...document.body.querySelectorAll("*")]
                .filter(element => element.getBoundingClientRect().right > root.clientWidth + 0.5)
                .slice(0, 5)
                .map(element => element.tagName.toLowerCase() + (element.id ? "#" + element.id : "") +
                  (typeof element.className === "string" && element.className.trim() ? "." + element.className.trim().split(/\s+/).join(".") : "") +
                  " (right edge " + Math.round(element.getBoundingClientRect().right) + ")");
              return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, wide };
            }
            """);
        var scrollWidth = width.GetProperty("scrollWidth").GetInt32();
        var clientWidth = width.GetProperty("clientWidth").GetInt32();
        Assert.True(
            scrollWidth <= clientWidth,
            $"{type.Path} is {scrollWidth} px wide in a {clientWidth} px viewport; too wide: {string.Join(", ", width.GetProperty("wide").EnumerateArray())}");
    }

    [Theory]
    [InlineData("/guides/flask-vs-django/decision-table")]
    [InlineData("/guides/flask-vs-django")]
    public async Task DecisionTableRows_AreStackedAsCards_OnAPhone(string path)
    {
        await using var tab = await site.OpenPhoneAsync();
        await tab.GotoAsync(path);

        var rows = await tab.Page.EvaluateAsync<JsonElement>(
            """
            () => {
              const table = document.querySelector("table.decision-table");
              const tableBox = table.getBoundingClientRect();
              return [...table.querySelectorAll("tbody tr")].map(row => {
                const box = row.getBoundingClientRect();
                const need = row.querySelector("th").getBoundingClientRect();
                const cells = row.querySelectorAll("td");
                const reason = cells[cells.length - 1].getBoundingClientRect();
                const style = getComputedStyle(row);
                return {
                  id: row.id, display: style.display, border: style.borderTopWidth,
                  top: box.top, bottom: box.bottom, width: box.width, tableWidth: tableBox.width,
                  needBottom: need.bottom, reasonTop: reason.top,
                };
              });
            }
            """);

        var list = rows.EnumerateArray().ToList();
        Assert.Equal(6, list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var row = list[i];
            var id = row.GetProperty("id").GetString();
            Assert.NotEqual("table-row", row.GetProperty("display").GetString());
            Assert.NotEqual("0px", row.GetProperty("border").GetString());
            Assert.True(row.GetProperty("width").GetDouble() >= 0.95 * row.GetProperty("tableWidth").GetDouble(), $"row {id} is not as wide as the table");
            Assert.True(row.GetProperty("reasonTop").GetDouble() >= row.GetProperty("needBottom").GetDouble() - 1, $"in row {id} the reason is not under the need");
            if (i > 0)
            {
                Assert.True(row.GetProperty("top").GetDouble() >= list[i - 1].GetProperty("bottom").GetDouble(), $"row {id} is not under the row before it");
            }
        }
    }
}
