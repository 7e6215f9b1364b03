using System.Net;
using System.Text.Json;

namespace FrameworkGuide.Web.Tests.Security;

public sealed class SecurityTests(HardenedSite site) : IClassFixture<HardenedSite>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/guides/flask-vs-django")]
    [InlineData("/guides/flask-vs-django/faq")]
    [InlineData("/guides/no-such-guide")]
    [InlineData("/feed.xml")]
    [InlineData("/guides/flask-vs-django/card.png")]
    [InlineData("/healthz")]
    public async Task EveryResponse_CarriesTheSecurityHeaders(string path)
    {
        using var response = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        var policy = string.Join(';', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
        Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Cross-Origin-Opener-Policy")));
    }

    [Fact]
    public async Task StylesheetAndScripts_CarryTheHeadersToo()
    {
        var page = await site.Client().GetPageAsync("/guides/flask-vs-django");
        var assets = page.QuerySelectorAll("link[rel=stylesheet], script[src]").Select(element => element.GetAttribute("href") ?? element.GetAttribute("src")!).ToList();

        Assert.NotEmpty(assets);
        foreach (var asset in assets)
        {
            using var response = await site.Client().GetAsync(asset, TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.NotNull(response.Headers.ETag);
        }
    }

    [Theory]
    [InlineData("POST", "/guides/flask-vs-django")]
    [InlineData("PUT", "/")]
    [InlineData("DELETE", "/guides/flask-vs-django/faq")]
    [InlineData("PATCH", "/tags/python")]
    [InlineData("POST", "/guides/flask-vs-django/decision-table?need=internal-admin-tool")]
    public async Task OtherMethods_AreNotAllowed(string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent("x") };
        using var response = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
    }

    [Fact]
    public async Task Failure_ShowsAFriendlyPageWithARequestId_AndNoInternals()
    {
        using var response = await site.Client().GetAsync("/test/fail", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = await Html.ParseAsync(body);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Something went wrong", page.QuerySelector("h1")!.Text());
        Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("main code")?.Text()));
        Assert.DoesNotContain("secret detail", body, StringComparison.Ordinal);
        Assert.DoesNotContain("/srv/internal", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain("FailingController", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_SaysTheProcessIsAlive()
    {
        using var response = await site.Client().GetAsync("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ok", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Readyz_SaysContentIsLoaded_WithoutInternalPaths()
    {
        using var response = await site.Client().GetAsync("/readyz", TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var json = JsonDocument.Parse(body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(TestSite.ServedSlugs.Count, json.RootElement.GetProperty("guides").GetInt32());
        Assert.True(json.RootElement.GetProperty("lastReload").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddHours(-1));
        Assert.DoesNotContain("TestContent", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PerRequestWork_IsRateLimitedPerClient_ButCachedPagesAreNot()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 12; i++)
        {
            using var response = await site.Client().GetAsync($"/search?q=flask{i}", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("1", response.Headers.RetryAfter!.ToString());
            }
        }

        Assert.Contains(HttpStatusCode.TooManyRequests, statuses);
        for (var i = 0; i < 12; i++)
        {
            using var page = await site.Client().GetAsync("/guides/flask-vs-django", TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        }
    }
}
