using AngleSharp.Dom;

namespace FrameworkGuide.Web.Tests;

/// <summary>Every asset a page loads and every link it offers lead somewhere on this site.</summary>
public sealed class SiteLinkTests(SiteFixture site)
{
    public static TheoryData<string> Pages() => new(
        "/",
        "/guides/flask-vs-django",
        "/guides/flask-vs-django/decision-table",
        "/guides/flask-vs-django/faq",
        "/tags",
        "/tags/python");

    [Fact]
    public async Task Stylesheet_IsServedAsCss()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");

        var href = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        // A fingerprinted name, so browsers and CDNs may keep it for a year.
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);
        using var response = await site.Client().GetAsync(href, TestContext.Current.CancellationToken);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task EveryAssetOfAPage_IsServedByTheSite(string path)
    {
        var page = await site.Client().GetPageAsync(path);

        // The canonical link names the page itself by its absolute address; everything else the page loads is a path.
        var assets = page.QuerySelectorAll("link[href]:not([rel=canonical])").Attributes("href")
            .Concat(page.QuerySelectorAll("script[src], img[src], source[src], iframe[src]").Attributes("src"))
            .OfType<string>()
            .ToList();
        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            Assert.True(IsSitePath(asset), $"{path} loads '{asset}', which is not a path on this site");
            using var response = await site.Client().GetAsync(asset, TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode, $"{path} loads '{asset}': {(int)response.StatusCode}");
        }
    }

    /// <summary>Follows every link on the site from the home page: each leads to a page, and each #fragment to an element on it.</summary>
    [Fact]
    public async Task EverySiteLink_LeadsToAPageAndAnExistingFragment()
    {
        var pages = new Dictionary<string, IDocument>(StringComparer.Ordinal);
        var queue = new Queue<string>(["/"]);
        var links = new List<(string From, string Href)>();
        while (queue.TryDequeue(out var path))
        {
            if (pages.ContainsKey(path))
            {
                continue;
            }

            var page = await site.Client().GetPageAsync(path);
            pages[path] = page;
            foreach (var href in page.QuerySelectorAll("a[href]").Attributes("href").OfType<string>().Where(IsSitePath))
            {
                links.Add((path, href));
                var target = href.Split('#')[0];
                if (target.Length > 0 && !target.StartsWith("/_editor", StringComparison.Ordinal) && !pages.ContainsKey(target))
                {
                    queue.Enqueue(target);
                }
            }
        }

        Assert.Contains("/guides/hostile-markup/faq", pages.Keys);
        foreach (var (from, href) in links.Where(link => link.Href.Contains('#', StringComparison.Ordinal)))
        {
            var parts = href.Split('#', 2);
            var target = parts[0].Length == 0 ? pages[from] : pages.GetValueOrDefault(parts[0]);
            if (target is null)
            {
                continue;
            }

            Assert.True(parts[1].Length > 0 && target.GetElementById(parts[1]) is not null, $"{from} links to '{href}', which is not on that page");
        }
    }

    private static bool IsSitePath(string url) =>
        (url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)) || url.StartsWith('#');
}
