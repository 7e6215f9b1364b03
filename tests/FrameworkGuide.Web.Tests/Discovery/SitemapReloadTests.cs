using System.Xml.Linq;
using FrameworkGuide.Web.Tests.Caching;
using FrameworkGuide.Web.Tests.Editing;

namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>With the page cache on, the index and its parts follow a reload: a new guide is listed, and a new part appears.</summary>
public sealed class SitemapReloadTests(CachedSite site) : IClassFixture<CachedSite>
{
    private static XNamespace Ns => Discovered.Sitemap;

    [Fact]
    public async Task SitemapParts_ListAGuideAddedWhileTheSiteRuns()
    {
        await using var parted = site.WithWebHostBuilder(builder => builder.UseSetting("Guide:SitemapUrls", "3"));
        using var client = parted.CreateClient();
        var (beforeParts, before) = await ListedAsync(client);
        Assert.True(beforeParts > 1, "the test content should need an index at 3 URLs a part");
        Assert.DoesNotContain(before, loc => loc.EndsWith("/guides/gamma", StringComparison.Ordinal));

        site.Save("gamma.md", ReloadSite.Guide("Gamma guide", extraFrontMatter: "tags: [gamma]"));

        var giveUp = DateTime.UtcNow.AddSeconds(10);
        var (parts, listed) = await ListedAsync(client);
        while (!listed.Any(loc => loc.EndsWith("/guides/gamma", StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < giveUp, $"the sitemap never listed the new guide: {string.Join(' ', listed)}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
            (parts, listed) = await ListedAsync(client);
        }

        // The reload may have come between two requests of that reading: from now on every one sees it.
        (parts, listed) = await ListedAsync(client);

        // The guide, its focused pages and its tag: at least two more URLs, and each listed once.
        Assert.True(listed.Count >= before.Count + 2, $"{before.Count} URLs before, {listed.Count} after");
        Assert.Equal(listed.Count, listed.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal((listed.Count + 2) / 3, parts);
        Assert.Equal(200, await client.StatusOfAsync($"/sitemap-{parts}.xml"));
        Assert.Equal(404, await client.StatusOfAsync($"/sitemap-{parts + 1}.xml"));
    }

    /// <summary>How many parts the index names, and every URL they list, in order.</summary>
    private static async Task<(int Parts, List<string> Locs)> ListedAsync(HttpClient client)
    {
        var index = await client.GetXmlAsync("/sitemap.xml", "application/xml");
        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Ns + "sitemap").Select(part => new Uri(part.Element(Ns + "loc")!.Value).AbsolutePath).ToList();
        var locs = new List<string>();
        foreach (var part in parts)
        {
            var urlset = await client.GetXmlAsync(part, "application/xml");
            locs.AddRange(urlset.Descendants(Ns + "loc").Select(loc => loc.Value));
        }

        return (parts.Count, locs);
    }
}
