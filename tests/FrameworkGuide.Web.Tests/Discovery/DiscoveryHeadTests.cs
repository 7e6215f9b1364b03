namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>Crawlers, feed readers and link checkers ask with HEAD: each address answers it as it answers GET.</summary>
public sealed class DiscoveryHeadTests(SiteFixture site)
{
    [Theory]
    [InlineData("/sitemap.xml", 200, "application/xml")]
    [InlineData("/robots.txt", 200, "text/plain")]
    [InlineData("/feed.xml", 200, "application/atom+xml")]
    [InlineData("/guides.json", 200, "application/json")]
    [InlineData("/guides/flask-vs-django.json", 200, "application/json")]
    [InlineData("/guides/jinja-vs-mako.json", 200, "application/json")]
    [InlineData("/guides/no-such-guide.json", 404, "application/problem+json")]
    public async Task Head_AnswersWithTheStatusAndTypeOfGet(string path, int status, string mediaType)
    {
        using var get = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);
        using var head = await site.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)get.StatusCode);
        Assert.Equal(status, (int)head.StatusCode);
        Assert.Equal(mediaType, get.Content.Headers.ContentType?.MediaType);
        Assert.Equal(mediaType, head.Content.Headers.ContentType?.MediaType);
    }
}
