using System.Diagnostics;

namespace FrameworkGuide.Web.Tests.Security;

/// <summary>
/// Requests an attacker sends, as raw bytes to real Kestrel in Production: each gets a 4xx or the
/// normal page, quickly, never a 5xx, never a file from outside the site, never a redirect off it.
/// </summary>
public sealed class HostileRequestTests(KestrelSite site) : IClassFixture<KestrelSite>
{
    private const string Page = "/guides/flask-vs-django";

    /// <summary>Bytes that only a leaked file would contain: settings, the content's markdown, a system file, a stack trace.</summary>
    private static readonly string[] Leaks = ["\"Serilog\"", "MinimumLevel", "root:x:0", "quick_answer", "\ntitle:", "   at ", "Exception", "/TestContent"];

    public static TheoryData<string> TraversalTargets() =>
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd",
        "/css/..%2f..%2fappsettings.json",
        "/css/..%5c..%5cappsettings.json",
        "/css/..\\..\\appsettings.json",
        "/%c0%ae%c0%ae/%c0%ae%c0%ae/appsettings.json",
        "/%c0%af..%c0%afappsettings.json",
        "/%e0%80%ae%e0%80%ae/appsettings.json",
        "/%252e%252e/%252e%252e/etc/passwd",
        "/guides/..%252f..%252fappsettings.json",
        "/guides/%2e%2e/%2e%2e/appsettings.json",
        "/guides/..;/appsettings.json",
        "/guides/flask-vs-django/card.png/..%2f..%2f..%2fappsettings.json",
        "/guides/flask-vs-django%00.md",
        "/guides/%00../appsettings.json",
        "/appsettings.json",
        "/appsettings.Production.json",
        "/FrameworkGuide.Web.dll",
        "/FrameworkGuide.Web.deps.json",
        "/web.config",
        "/.git/config",
        "/content/flask-vs-django.md",
        "/TestContent/flask-vs-django.md",
        "/guides/flask-vs-django.md",
        "/search?q=..%2f..%2fappsettings.json",
        "/guides/flask-vs-django.json?path=../../appsettings.json",
    ];

    public static TheoryData<string> MalformedTargets() =>
    [
        "/%",
        "/%zz",
        "/guides/%ff%fe",
        "/guides/%C3%28",
        "/guides/caf%C3%A9/",
        "/Guides/%E2%80%AE%E2%80%8B/",
        "/guides/a%0d%0aSet-Cookie:%20x=1/",
        "/tags/%00/",
        "/guides/flask-vs-django/s/%ff",
        "/search?q=%ff%fe%00",
        "/search?q=%",
        "/guides/flask-vs-django/decision-table?need=%ff&need=%00&need=",
        "/guides/flask-vs-django?" + new string('&', 5000),
        "/" + new string('a', 7000),
        "/guides/" + string.Concat(Enumerable.Repeat("../", 2000)),
        "/guides/flask-vs-django/decision-table?" + string.Join('&', Enumerable.Range(0, 10_000).Select(i => "need=" + i)),
        "/search?q=" + new string('x', 60_000),
        "*",
        "http://evil.example/guides/flask-vs-django",
    ];

    /// <summary>Paths that, made canonical carelessly, become a link to another site.</summary>
    public static TheoryData<string> OffSiteRedirectTargets() =>
    [
        "//evil.example/",
        "//evil.example//",
        "/\\evil.example/",
        "/%5cevil.example/",
        "///evil.example/",
        "/%2f%2fevil.example/",
        "//Guides/x/",
    ];

    public static TheoryData<string, string> HostileHeaders() => new()
    {
        { "Accept", "*/*;q=abc, text/html;q=99999999999999999999, application/json;q=-1" },
        { "Accept", string.Join(", ", Enumerable.Range(0, 1500).Select(i => $"type{i}/sub{i};q=0.{i % 10}")) },
        { "Accept-Encoding", "br;q=NaN, gzip;q=-1, deflate;q=1e309" },
        { "Accept-Encoding", "identity;q=0, *;q=0" },
        { "Accept-Encoding", string.Join(", ", Enumerable.Range(0, 2000).Select(i => "x" + i)) },
        { "Accept-Language", new string('a', 20_000) },
        { "Range", "bytes=0-0," + string.Join(",", Enumerable.Range(1, 2000).Select(i => $"{i}-{i}")) },
        { "Range", "bytes=99999999999999999999999-" },
        { "Range", "bytes=-0" },
        { "Range", "lines=1-2" },
        { "If-None-Match", string.Join(", ", Enumerable.Range(0, 2000).Select(i => $"\"{i}\"")) },
        { "If-Modified-Since", "Thu, 01 Jan 99999 00:00:00 GMT" },
        { "If-Range", "\"nope\"" },
        { "Cookie", string.Join("; ", Enumerable.Range(0, 1000).Select(i => $"c{i}=v")) },
        { "Content-Length", "99999999999999999999" },
        { "Transfer-Encoding", "chunked, identity" },
        { "X-Forwarded-For", "1.2.3.4, <script>" },
        { "X-Forwarded-Host", "evil.example" },
        { "X-Forwarded-Proto", "javascript" },
        { "X-Original-URL", "/appsettings.json" },
        { "X-HTTP-Method-Override", "DELETE" },
    };

    public static TheoryData<string> HostHeaders() =>
    [
        "evil.example",
        "evil.example:443",
        "guides.example.org.evil.example",
        "localhost\"><script>alert(1)</script>",
        "[::1]",
        "127.0.0.1:1",
    ];

    public static TheoryData<string> RequestLines() =>
    [
        "FOO / HTTP/1.1",
        "TRACE / HTTP/1.1",
        "OPTIONS * HTTP/1.1",
        "CONNECT evil.example:443 HTTP/1.1",
        "PROPFIND /guides/flask-vs-django HTTP/1.1",
        "GET /\u0001 HTTP/1.1",
        "GET / HTTP/1.1 extra",
    ];

    [Theory]
    [MemberData(nameof(TraversalTargets))]
    public async Task Traversal_NeverReachesAFileOutsideTheSite(string target)
    {
        var response = await AssertBoundedAsync($"GET {target} HTTP/1.1\r\nHost: guides.example.org");

        Assert.InRange(response.Status, 200, 499);
        AssertNoLeak(response);
    }

    [Theory]
    [MemberData(nameof(MalformedTargets))]
    public async Task MalformedOrHugeTargets_GetA4xxOrThePage(string target)
    {
        var response = await AssertBoundedAsync($"GET {target} HTTP/1.1\r\nHost: guides.example.org");

        Assert.InRange(response.Status, 200, 499);
        AssertNoLeak(response);
        AssertOnSiteRedirect(response);
        Assert.DoesNotContain(response.Headers, header => header.Key.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [MemberData(nameof(OffSiteRedirectTargets))]
    public async Task Redirects_NeverLeadOffTheSite(string target)
    {
        var response = await AssertBoundedAsync($"GET {target} HTTP/1.1\r\nHost: guides.example.org");

        Assert.InRange(response.Status, 200, 499);
        AssertOnSiteRedirect(response);
    }

    [Theory]
    [MemberData(nameof(HostileHeaders))]
    public async Task AbsurdHeaders_GetA4xxOrThePage(string name, string value)
    {
        var response = await AssertBoundedAsync($"GET {Page} HTTP/1.1\r\nHost: guides.example.org\r\n{name}: {value}");

        Assert.InRange(response.Status, 200, 499);
        AssertNoLeak(response);
        if (response.Status == 200)
        {
            await AssertIsTheGuidePageAsync(response);
        }
    }

    [Theory]
    [MemberData(nameof(HostHeaders))]
    public async Task HostHeaderGames_NeverChangeTheAddressesAPageHandsOut(string host)
    {
        var response = await AssertBoundedAsync($"GET {Page} HTTP/1.1\r\nHost: {host}\r\nX-Forwarded-Host: evil.example");

        if (response.Status == 200)
        {
            await AssertIsTheGuidePageAsync(response);
            Assert.DoesNotContain("evil.example", response.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("<script>alert", response.Text, StringComparison.Ordinal);
        }
        else
        {
            Assert.InRange(response.Status, 400, 499);
        }
    }

    [Fact]
    public async Task AHostileHost_GetsTheSameCachedBytesAsTheRealOne()
    {
        var real = await AssertBoundedAsync($"GET {Page} HTTP/1.1\r\nHost: guides.example.org");
        var hostile = await AssertBoundedAsync($"GET {Page} HTTP/1.1\r\nHost: evil.example");

        Assert.Equal(200, real.Status);
        Assert.Equal(200, hostile.Status);
        Assert.Equal(real.Header("ETag"), hostile.Header("ETag"));
        Assert.Equal(real.Body, hostile.Body);
    }

    [Theory]
    [MemberData(nameof(RequestLines))]
    public async Task UnknownMethodsAndBrokenRequestLines_GetA4xx(string requestLine)
    {
        var response = await AssertBoundedAsync($"{requestLine}\r\nHost: guides.example.org");

        Assert.InRange(response.Status, 400, 499);
        AssertNoLeak(response);
    }

    /// <summary>Kestrel answers this before the site sees it, with the status HTTP defines for it.</summary>
    [Fact]
    public async Task AnHttpVersionThatDoesNotExist_GetsHttpVersionNotSupported()
    {
        var response = await AssertBoundedAsync("GET / HTTP/9.9\r\nHost: guides.example.org");

        Assert.Equal(505, response.Status);
        AssertNoLeak(response);
    }

    [Fact]
    public async Task ALowerCaseMethod_IsServedAsItsUpperCaseForm()
    {
        var response = await AssertBoundedAsync($"get {Page} HTTP/1.1\r\nHost: guides.example.org");

        Assert.Equal(200, response.Status);
        await AssertIsTheGuidePageAsync(response);
    }

    [Fact]
    public async Task ManyHeaders_GetA4xx()
    {
        var headers = string.Concat(Enumerable.Range(0, 500).Select(i => $"\r\nX-Junk-{i}: {new string('v', 100)}"));

        var response = await AssertBoundedAsync($"GET {Page} HTTP/1.1\r\nHost: guides.example.org{headers}");

        Assert.InRange(response.Status, 400, 499);
    }

    [Fact]
    public async Task TheNormalRequest_StillGetsThePage_WithoutNamingTheServer()
    {
        var response = await AssertBoundedAsync($"GET {Page} HTTP/1.1\r\nHost: guides.example.org");

        Assert.Equal(200, response.Status);
        await AssertIsTheGuidePageAsync(response);
        Assert.Null(response.Header("Server"));
    }

    /// <summary>Each page is rendered and stored by its first request, at any moment of a second.</summary>
    [Fact]
    public async Task LastModified_IsNeverLaterThanDate_EvenOnAPagesFirstAnswer()
    {
        var sitemap = await AssertBoundedAsync("GET /sitemap.xml HTTP/1.1\r\nHost: guides.example.org");
        var paths = System.Text.RegularExpressions.Regex.Matches(sitemap.Text, "<loc>https://guides.example.org([^<]*)</loc>")
            .Select(match => match.Groups[1].Value)
            .Where(path => path.Length > 1)
            .ToList();
        Assert.True(paths.Count >= 10, $"only {paths.Count} pages in the sitemap");

        foreach (var path in paths)
        {
            var page = await AssertBoundedAsync($"GET {path} HTTP/1.1\r\nHost: guides.example.org");
            var date = DateTimeOffset.Parse(page.Header("Date")!, System.Globalization.CultureInfo.InvariantCulture);
            var lastModified = DateTimeOffset.Parse(page.Header("Last-Modified")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(lastModified <= date, $"{path}: Last-Modified {lastModified:R} is later than Date {date:R}");
            await Task.Delay(1100 / paths.Count, TestContext.Current.CancellationToken);
        }
    }

    private async Task<RawResponse> AssertBoundedAsync(string head)
    {
        var clock = Stopwatch.StartNew();
        var response = await site.SendAsync(head, TestContext.Current.CancellationToken);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        return response;
    }

    private static async Task AssertIsTheGuidePageAsync(RawResponse response)
    {
        Assert.StartsWith("text/html", response.Header("Content-Type"), StringComparison.Ordinal);
        Assert.EndsWith("</html>", response.Text.TrimEnd(), StringComparison.Ordinal);
        var page = await Html.ParseAsync(response.Text);
        Assert.Equal("Flask vs Django", page.QuerySelector("h1")?.Text());
        Assert.Equal(KestrelSite.BaseUrl + Page, page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
    }

    private static void AssertNoLeak(RawResponse response)
    {
        foreach (var leak in Leaks)
        {
            Assert.DoesNotContain(leak, response.Text, StringComparison.Ordinal);
        }
    }

    private static void AssertOnSiteRedirect(RawResponse response)
    {
        if (response.Header("Location") is not { } location)
        {
            return;
        }

        Assert.StartsWith("/", location, StringComparison.Ordinal);
        Assert.False(location.StartsWith("//", StringComparison.Ordinal) || location.StartsWith("/\\", StringComparison.Ordinal), $"off-site redirect to {location}");
        Assert.All(location, character => Assert.InRange(character, '!', '~'));
    }
}
