using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests.Sharing;

public sealed class CanonicalUrlTests(SiteFixture site)
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/guides/flask-vs-django", "/guides/flask-vs-django")]
    [InlineData("/guides/flask-vs-django?utm_source=chat&ref=x", "/guides/flask-vs-django")]
    [InlineData("/guides/flask-vs-django/decision-table", "/guides/flask-vs-django/decision-table")]
    [InlineData("/guides/flask-vs-django/faq", "/guides/flask-vs-django/faq")]
    [InlineData("/guides/flask-vs-django/s/when-django-fits", "/guides/flask-vs-django/s/when-django-fits")]
    [InlineData("/tags", "/tags")]
    [InlineData("/tags/python", "/tags/python")]
    public async Task EveryPage_NamesItsCanonicalAbsoluteUrl(string path, string canonical)
    {
        var page = await site.Client().GetPageAsync(path);

        var links = page.QuerySelectorAll("link[rel=canonical]");
        Assert.Equal("http://localhost" + canonical, Assert.Single(links).GetAttribute("href"));
        Assert.Equal("http://localhost" + canonical, page.QuerySelector("meta[property='og:url']")!.GetAttribute("content"));
    }

    [Fact]
    public async Task NotFoundPage_HasNoCanonicalAndAsksNotToBeIndexed()
    {
        var page = await site.Client().GetPageAsync("/guides/no-such-guide", 404);

        Assert.Null(page.QuerySelector("link[rel=canonical]"));
        Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
    }

    [Theory]
    [InlineData("/guides/flask-vs-django/", "/guides/flask-vs-django")]
    [InlineData("/guides/Flask-vs-Django", "/guides/flask-vs-django")]
    [InlineData("/GUIDES/FLASK-VS-DJANGO/FAQ/", "/guides/flask-vs-django/faq")]
    [InlineData("/tags/Python", "/tags/python")]
    [InlineData("/tags/", "/tags")]
    [InlineData("/guides/old-name", "/guides/fastapi-vs-flask")]
    [InlineData("/guides/old-name/", "/guides/fastapi-vs-flask")]
    [InlineData("/old-name.html", "/guides/fastapi-vs-flask")]
    [InlineData("/guides/Flask-vs-Django?need=small-api", "/guides/flask-vs-django?need=small-api")]
    public async Task NonCanonicalForms_RedirectPermanentlyToTheCanonicalUrl(string path, string location)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(location, response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Redirects_AreAnsweredOnTheServer_ForHeadRequestsToo()
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, "/guides/Flask-vs-Django");
        using var response = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/guides/flask-vs-django", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task StaticAssets_KeepTheirCase()
    {
        using var response = await site.Client().GetAsync("/css/site.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task BaseUrl_IsUsedForEveryAbsoluteUrl()
    {
        await using var publicSite = new PublicBaseUrlSite();

        var page = await publicSite.CreateClient().GetPageAsync("/guides/flask-vs-django");

        Assert.Equal("https://guides.example.org/guides/flask-vs-django", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        Assert.Equal("https://guides.example.org/guides/flask-vs-django/card.png", page.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
    }

    private sealed class PublicBaseUrlSite : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
            builder.UseSetting("Guide:BaseUrl", "https://guides.example.org/");
            builder.UseSetting("Serilog:PreserveStaticLogger", "true");
        }
    }
}
