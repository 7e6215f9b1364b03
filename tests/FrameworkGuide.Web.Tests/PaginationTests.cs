using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests;

/// <summary>Long lists come a page at a time, each page at an address of its own.</summary>
public sealed class PaginationTests(PaginationTests.TwoPerPageSite site) : IClassFixture<PaginationTests.TwoPerPageSite>
{
    [Fact]
    public async Task Home_ShowsTheFirstPageAndLinksToTheNext()
    {
        var page = await site.Client().GetPageAsync("/");

        Assert.Equal(TestSite.ServedSlugs.Take(2).Select(TestSite.PathOf), page.QuerySelectorAll(".guide-list .guide-card h2 a").Attributes("href"));
        Assert.Equal("/page/2", page.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".pagination a[rel=prev]"));
        Assert.Equal("Page 1 of 3", page.QuerySelector(".pagination span")!.Text());
    }

    [Fact]
    public async Task LaterPages_HaveTheirOwnCanonicalAddressAndTheNextGuides()
    {
        var second = await site.Client().GetPageAsync("/page/2");
        var last = await site.Client().GetPageAsync("/page/3");

        Assert.Equal(TestSite.ServedSlugs.Skip(2).Take(2).Select(TestSite.PathOf), second.QuerySelectorAll(".guide-card h2 a").Attributes("href"));
        Assert.Equal("http://localhost/page/2", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("/", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
        Assert.Equal([TestSite.PathOf(TestSite.ServedSlugs[4])], last.QuerySelectorAll(".guide-card h2 a").Attributes("href"));
        Assert.Null(last.QuerySelector(".pagination a[rel=next]"));
    }

    [Theory]
    [InlineData("/page/4")]
    [InlineData("/page/0")]
    [InlineData("/tags/python/page/9")]
    public async Task PagesPastTheEnd_AreNotFound(string path)
    {
        await site.Client().GetPageAsync(path, 404);
    }

    [Fact]
    public async Task TagPages_ArePagedToo()
    {
        var first = await site.Client().GetPageAsync("/tags/python");
        var second = await site.Client().GetPageAsync("/tags/python/page/2");

        Assert.Equal(2, first.QuerySelectorAll(".guide-card").Length);
        Assert.Equal("/tags/python/page/2", first.QuerySelector(".pagination a[rel=next]")!.GetAttribute("href"));
        Assert.NotEmpty(second.QuerySelectorAll(".guide-card"));
        Assert.Equal("/tags/python", second.QuerySelector(".pagination a[rel=prev]")!.GetAttribute("href"));
    }

    public sealed class TwoPerPageSite : WebApplicationFactory<Program>
    {
        public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
            builder.UseSetting("Guide:PageSize", "2");
            builder.UseSetting("Serilog:PreserveStaticLogger", "true");
        }
    }
}
