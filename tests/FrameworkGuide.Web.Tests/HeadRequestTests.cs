namespace FrameworkGuide.Web.Tests;

/// <summary>Link checkers and uptime monitors ask with HEAD: it must answer as GET does.</summary>
public sealed class HeadRequestTests(SiteFixture site)
{
    [Theory]
    [InlineData("/", 200)]
    [InlineData("/guides/flask-vs-django", 200)]
    [InlineData("/guides/flask-vs-django/decision-table", 200)]
    [InlineData("/guides/flask-vs-django/faq", 200)]
    [InlineData("/tags", 200)]
    [InlineData("/tags/python", 200)]
    [InlineData("/css/site.css", 200)]
    [InlineData("/guides/no-such-guide", 404)]
    [InlineData("/guides/jinja-vs-mako/faq", 404)]
    [InlineData("/guides/old-name", 301)]
    public async Task Head_AnswersWithTheStatusOfGet(string path, int status)
    {
        using var get = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);
        using var head = await site.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);

        Assert.Equal(status, (int)get.StatusCode);
        Assert.Equal(status, (int)head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentType?.MediaType, head.Content.Headers.ContentType?.MediaType);
    }
}
