using System.Xml.Linq;
using FrameworkGuide.Web.Tests.Export;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>
/// A sitemap may list 50,000 URLs (about 16,700 guides here): past <c>Guide:SitemapUrls</c>,
/// <c>/sitemap.xml</c> is an index of parts that together list every page, once, in the same order.
/// </summary>
public sealed class SitemapPartsTests(SiteFixture site)
{
    private const int PartSize = 4;

    private static XNamespace Ns => Discovered.Sitemap;

    [Fact]
    public async Task Sitemap_PastTheLimit_IsAnIndexOfParts_ThatListEveryPageOnce()
    {
        await using var parted = Parted();
        var client = parted.CreateClient();
        var whole = await Locs(site.Client(), "/sitemap.xml");

        var index = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        Assert.Equal(Ns + "sitemapindex", index.Root!.Name);
        var parts = index.Root.Elements(Ns + "sitemap").Select(part => part.Element(Ns + "loc")!.Value).ToList();
        Assert.Equal(Enumerable.Range(1, (whole.Count + PartSize - 1) / PartSize).Select(part => $"http://localhost/sitemap-{part}.xml"), parts);
        var listed = new List<string>();
        foreach (var part in parts)
        {
            var locs = await Locs(client, new Uri(part).AbsolutePath);
            Assert.InRange(locs.Count, 1, PartSize);
            listed.AddRange(locs);
        }

        Assert.Equal(whole, listed);
    }

    [Fact]
    public async Task SitemapIndex_DatesEachPart_ByTheNewestPageInIt()
    {
        await using var parted = Parted();
        var client = parted.CreateClient();

        var index = await client.GetXmlAsync("/sitemap.xml", "application/xml");

        foreach (var part in index.Root!.Elements(Ns + "sitemap"))
        {
            var urlset = await client.GetXmlAsync(new Uri(part.Element(Ns + "loc")!.Value).AbsolutePath, "application/xml");
            var newest = urlset.Descendants(Ns + "lastmod").Select(lastmod => lastmod.Value).Order(StringComparer.Ordinal).LastOrDefault();
            Assert.Equal(newest, part.Element(Ns + "lastmod")?.Value);
        }
    }

    [Theory]
    [InlineData("/sitemap-0.xml")]
    [InlineData("/sitemap-99.xml")]
    [InlineData("/sitemap-x.xml")]
    public async Task SitemapPart_PastTheLastOne_IsNotFound(string path)
    {
        await using var parted = Parted();

        Assert.Equal(404, await parted.CreateClient().StatusOfAsync(path));
    }

    [Fact]
    public async Task SitemapPart_IsNotFound_WhileOneSitemapListsEveryPage()
    {
        Assert.Equal(404, await site.Client().StatusOfAsync("/sitemap-1.xml"));
    }

    [Fact]
    public async Task Export_PastTheLimit_WritesTheIndexAndEachPart_AsTheSiteServesThem()
    {
        await using var parted = Parted();
        using var folder = TempFolder.Create("export-sitemap-parts");
        var (exitCode, output) = await ExportRun.RunAsync(folder.FullPath, $"--Guide:SitemapUrls={PartSize}", "--Guide:BaseUrl=http://localhost");
        Assert.True(exitCode == 0, output);

        var client = parted.CreateClient();
        var parts = (await client.GetXmlAsync("/sitemap.xml", "application/xml")).Root!.Elements(Ns + "sitemap").Count();
        Assert.True(parts > 1);
        foreach (var path in Enumerable.Range(1, parts).Select(part => $"/sitemap-{part}.xml").Prepend("/sitemap.xml"))
        {
            Assert.Equal(await client.GetStringAsync(path, TestContext.Current.CancellationToken), File.ReadAllText(Path.Combine(folder.FullPath, path[1..])));
        }

        Assert.False(File.Exists(Path.Combine(folder.FullPath, $"sitemap-{parts + 1}.xml")));
    }

    private WebApplicationFactory<Program> Parted() =>
        site.WithWebHostBuilder(builder => builder.UseSetting("Guide:SitemapUrls", PartSize.ToString(System.Globalization.CultureInfo.InvariantCulture)));

    private static async Task<List<string>> Locs(HttpClient client, string path)
    {
        var urlset = await client.GetXmlAsync(path, "application/xml");
        Assert.Equal(Ns + "urlset", urlset.Root!.Name);
        return urlset.Descendants(Ns + "loc").Select(loc => loc.Value).ToList();
    }
}
