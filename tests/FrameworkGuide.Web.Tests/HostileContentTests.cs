using AngleSharp.Dom;

namespace FrameworkGuide.Web.Tests;

/// <summary>
/// hostile-markup.md puts raw HTML, script tags and javascript:/vbscript:/data: links in every
/// place an editor can write text. None of it may reach the page as markup.
/// </summary>
public sealed class HostileContentTests(SiteFixture site)
{
    private const string HostilePath = "/guides/hostile-markup";

    private static readonly string[] UrlAttributes =
        ["href", "src", "srcset", "action", "formaction", "poster", "background", "cite", "data", "xlink:href", "ping"];

    private static readonly string[] DangerousSchemes = ["javascript:", "vbscript:", "data:"];

    public static TheoryData<string> HostilePages() => new(
        HostilePath,
        HostilePath + "/decision-table",
        HostilePath + "/faq",
        "/",
        "/tags/bboldb",
        "/tags");

    [Theory]
    [MemberData(nameof(HostilePages))]
    public async Task HostilePage_HasNoScriptOfItsOwn(string path)
    {
        var page = await site.Client().GetPageAsync(path);

        // Scripts come only from the site's own files; the only script without a source is the
        // JSON-LD data block, which browsers never run.
        Assert.All(ScriptSources(page).OfType<string>(), source =>
            Assert.True(source.StartsWith("/js/", StringComparison.Ordinal) || source == "/_editor/live-reload.js", source));
        Assert.Empty(page.QuerySelectorAll("main script, script:not([src]):not([type='application/ld+json'])"));
        Assert.Empty(page.QuerySelectorAll("iframe, object, embed, img, svg, base"));
        // The forms are the site's own search box and decision helper, sending to the site.
        Assert.All(page.QuerySelectorAll("form"), form =>
            Assert.True(
                (form.ClassList.Contains("site-search") && form.GetAttribute("action") == "/search")
                || (form.ClassList.Contains("decision-form") && form.GetAttribute("action") == "/guides/hostile-markup/decision-table"),
                form.OuterHtml[..Math.Min(200, form.OuterHtml.Length)]));
    }

    [Theory]
    [MemberData(nameof(HostilePages))]
    public async Task HostilePage_HasNoEventHandlerAttributes(string path)
    {
        var page = await site.Client().GetPageAsync(path);

        var handlers = page.All
            .SelectMany(element => element.Attributes.Select(attribute => $"<{element.LocalName} {attribute.Name}>"))
            .Where(description => description.Split(' ')[1].StartsWith("on", StringComparison.OrdinalIgnoreCase))
            .ToList();
        Assert.Empty(handlers);
    }

    [Theory]
    [MemberData(nameof(HostilePages))]
    public async Task HostilePage_HasNoScriptingUrls(string path)
    {
        var page = await site.Client().GetPageAsync(path);

        var unsafeUrls = page.All
            .SelectMany(element => element.Attributes
                .Where(attribute => UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                .Select(attribute => (Element: element.LocalName, attribute.Name, attribute.Value)))
            .Where(url => IsScripting(url.Value))
            .ToList();
        Assert.Empty(unsafeUrls);
    }

    [Fact]
    public async Task HostileTitle_IsShownAsTextInTheHeadingAndPageTitle()
    {
        var page = await site.Client().GetPageAsync(HostilePath);

        var heading = Assert.Single(page.QuerySelectorAll("h1"));
        Assert.Equal("<script>alert(1)</script>", heading.TextContent);
        Assert.Empty(heading.Children);
        Assert.Equal("<script>alert(1)</script> · FrameworkGuide", page.Title);
    }

    [Fact]
    public async Task HostileSummary_StaysInsideTheDescriptionAttribute()
    {
        var page = await site.Client().GetPageAsync(HostilePath);

        Assert.Equal("\"><img src=x onerror=alert(1)>", page.QuerySelector("meta[name=description]")!.GetAttribute("content"));
        Assert.Equal("\"><img src=x onerror=alert(1)>", page.QuerySelector(".guide-header .summary")!.TextContent);
    }

    [Fact]
    public async Task HostileText_IsShownAsTextWhereTheEditorWroteIt()
    {
        var page = await site.Client().GetPageAsync(HostilePath);

        Assert.Equal(["Flask", "<svg onload=alert(1)>"], page.QuerySelectorAll(".guide-header .chip").Texts());
        Assert.Equal("<img src=x onerror=alert('author')>", page.QuerySelector("a[rel=author]")!.TextContent);
        Assert.Equal(["#<b>bold</b>", "#security"], page.QuerySelectorAll(".guide-header a.tag").Texts());
        var rows = page.QuerySelectorAll(".decision-table tbody tr");
        Assert.Equal("<script>alert('need')</script> Small site", rows[0].QuerySelector("th")!.Text());
        Assert.Equal("<svg onload=alert(1)>", rows[1].QuerySelector(".pick")!.Text());
        Assert.Equal("Is <script>alert('question')</script> safe?", page.QuerySelector(".faq h3")!.Text());
        Assert.Equal("<script>alert('answer')</script> Only as text.", page.QuerySelector(".faq .answer")!.Text());
        Assert.Equal("<script>alert('block')</script>", page.QuerySelectorAll(".introduction p")[1].Text());
    }

    [Fact]
    public async Task HostileLinks_LoseTheirUrlButKeepTheirText()
    {
        var page = await site.Client().GetPageAsync(HostilePath);

        var links = page.QuerySelector(".introduction")!.QuerySelectorAll("a");
        var safe = Assert.Single(links);
        Assert.Equal("https://example.com/", safe.GetAttribute("href"));
        Assert.Equal("x\" onmouseover=\"alert(1)", safe.GetAttribute("title"));
        var linkParagraph = page.QuerySelectorAll(".introduction p")[3].Text();
        Assert.StartsWith("Links: plain, mixed case, entity, vbscript, data,", linkParagraph, StringComparison.Ordinal);
        Assert.Equal(["https://flask.palletsprojects.com/"], page.QuerySelectorAll(".sources a:not(.permalink)").Attributes("href"));
    }

    private static List<string?> ScriptSources(IDocument page) => page.QuerySelectorAll("script").Attributes("src");

    private static bool IsScripting(string value)
    {
        var cleaned = new string(value.Where(c => c > ' ').ToArray());
        return DangerousSchemes.Any(scheme => cleaned.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));
    }
}
