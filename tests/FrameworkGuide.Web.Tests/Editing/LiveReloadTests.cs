using System.Net;
using System.Text.Json;

namespace FrameworkGuide.Web.Tests.Editing;

public sealed class LiveReloadTests(ReloadSite site) : IClassFixture<ReloadSite>
{
    [Fact]
    public async Task EventStream_NamesTheGuideASaveChanged()
    {
        using var client = site.Client();
        site.Save("watched.md", ReloadSite.Guide("Watched"));
        await site.WaitForAsync("/guides/watched", (response, _) => response.StatusCode == HttpStatusCode.OK);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(10));
        using var response = await client.GetAsync("/_editor/events", HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));

        site.Save("watched.md", ReloadSite.Guide("Watched, edited"));

        string? eventType = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventType = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventType == "reload")
            {
                using var data = JsonDocument.Parse(line["data: ".Length..]);
                var slugs = data.RootElement.GetProperty("slugs").EnumerateArray().Select(slug => slug.GetString()).ToList();
                if (slugs.Contains("watched"))
                {
                    return;
                }
            }
        }

        Assert.Fail("the event stream ended without naming the edited guide");
    }

    [Fact]
    public async Task DevelopmentPages_LoadTheLiveReloadScript()
    {
        site.Save("scripted.md", ReloadSite.Guide("Scripted"));
        await site.WaitForAsync("/guides/scripted", (response, _) => response.StatusCode == HttpStatusCode.OK);

        var page = await site.Client().GetPageAsync("/guides/scripted");

        Assert.Equal("scripted", page.QuerySelector("script[src='/_editor/live-reload.js']")!.GetAttribute("data-slug"));
        var script = await site.Client().GetStringAsync("/_editor/live-reload.js", TestContext.Current.CancellationToken);
        Assert.Contains("EventSource(\"/_editor/events\")", script, StringComparison.Ordinal);
    }
}

public sealed class ProductionEditorTests(ProductionSite site) : IClassFixture<ProductionSite>
{
    [Theory]
    [InlineData("/_editor")]
    [InlineData("/_editor/events")]
    [InlineData("/_editor/live-reload.js")]
    public async Task EditorEndpoints_AreNotServedInProduction(string url)
    {
        using var response = await site.Client().GetAsync(url, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task ProductionPages_HaveNoLiveReloadScriptAndNoEditorNotice()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        Assert.Empty(page.QuerySelectorAll("script[src*='_editor']"));
        Assert.Null(page.QuerySelector(".editor-notice"));
    }
}
