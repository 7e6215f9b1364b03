using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using FrameworkGuide.Web.Tests.Editing;

namespace FrameworkGuide.Web.Tests.Caching;

public sealed class PageCacheTests(CachedSite site) : IClassFixture<CachedSite>
{
    [Fact]
    public async Task Page_HasAStrongETagLastModifiedAndTheConfiguredCacheControl()
    {
        using var first = await GetAsync("/guides/alpha");
        using var second = await GetAsync("/guides/alpha");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var tag = first.Headers.ETag!;
        Assert.False(tag.IsWeak);
        Assert.Equal(tag, second.Headers.ETag);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal("public, max-age=123", first.Headers.CacheControl!.ToString());
        Assert.Contains("Accept-Encoding", first.Headers.Vary);
        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RepeatedRequest_WithTheETag_IsNotModified()
    {
        using var first = await GetAsync("/guides/beta");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/beta");
        request.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var again = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task RepeatedRequest_WithLastModified_IsNotModified()
    {
        using var first = await GetAsync("/tags");

        using var request = new HttpRequestMessage(HttpMethod.Get, "/tags");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        using var again = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Theory]
    [InlineData("br", "br")]
    [InlineData("gzip, deflate", "gzip")]
    [InlineData("gzip;q=0, br;q=0", null)]
    [InlineData("identity", null)]
    public async Task Page_IsSentCompressedAsTheClientAccepts_AndDecompressesToTheSamePage(string acceptEncoding, string? expected)
    {
        using var plain = await GetAsync("/guides/alpha");
        var text = await plain.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/alpha");
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        Assert.Equal(expected, response.Content.Headers.ContentEncoding.SingleOrDefault());
        Assert.Equal(text, Decode(bytes, expected));
        if (expected is not null)
        {
            Assert.True(bytes.Length < text.Length / 2, $"{expected}: {bytes.Length} bytes for {text.Length} characters");
            Assert.NotEqual(plain.Headers.ETag, response.Headers.ETag);
        }
    }

    [Fact]
    public async Task Head_HasTheHeadersOfGetAndNoBody()
    {
        using var get = await GetAsync("/guides/alpha");
        using var request = new HttpRequestMessage(HttpMethod.Head, "/guides/alpha");
        using var head = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PagesWithAQuery_AreNotCached()
    {
        using var response = await GetAsync("/guides/alpha/decision-table?need=small-api");

        Assert.Null(response.Headers.ETag);
    }

    [Fact]
    public async Task Reload_InvalidatesExactlyThePagesOfTheChangedGuide()
    {
        site.Save("gamma.md", ReloadSite.Guide("Gamma guide", extraFrontMatter: "tags: [gamma]"));
        site.Save("delta.md", ReloadSite.Guide("Delta guide", extraFrontMatter: "tags: [delta]"));
        await WaitForAsync("/guides/delta", body => body.Contains("Delta guide", StringComparison.Ordinal));
        using var gammaBefore = await GetAsync("/guides/gamma");
        using var deltaBefore = await GetAsync("/guides/delta");
        using var indexBefore = await GetAsync("/");

        site.Save("gamma.md", ReloadSite.Guide("Gamma guide, edited", extraFrontMatter: "tags: [gamma]"));
        await WaitForAsync("/guides/gamma", body => body.Contains("Gamma guide, edited", StringComparison.Ordinal));

        using var deltaAfter = await GetAsync("/guides/delta");
        using var indexAfter = await GetAsync("/");
        Assert.Equal(deltaBefore.Headers.ETag, deltaAfter.Headers.ETag);
        Assert.Equal(deltaBefore.Content.Headers.LastModified, deltaAfter.Content.Headers.LastModified);
        Assert.NotEqual(indexBefore.Headers.ETag, indexAfter.Headers.ETag);
        Assert.Contains("Gamma guide, edited", await indexAfter.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.NotEqual(gammaBefore.Headers.ETag, (await GetAsync("/guides/gamma")).Headers.ETag);
    }

    [Fact]
    public async Task Reload_ThatAddsAGuideWithTheSameTags_ShowsItAmongTheRelatedGuidesOfACachedPage()
    {
        site.Save("epsilon.md", ReloadSite.Guide("Epsilon guide", extraFrontMatter: "tags: [epsilon]"));
        await WaitForAsync("/guides/epsilon", body => body.Contains("Epsilon guide", StringComparison.Ordinal));
        using var before = await GetAsync("/guides/epsilon");
        Assert.DoesNotContain("Related guides", await before.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);

        site.Save("zeta.md", ReloadSite.Guide("Zeta guide", extraFrontMatter: "tags: [epsilon]"));
        await WaitForAsync("/guides/zeta", body => body.Contains("Zeta guide", StringComparison.Ordinal));

        using var after = await GetAsync("/guides/epsilon");
        var page = await after.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Related guides", page, StringComparison.Ordinal);
        Assert.Contains("Zeta guide", page, StringComparison.Ordinal);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
    }

    [Fact]
    public async Task NotFound_IsNotCached()
    {
        using var response = await GetAsync("/guides/not-yet-written");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(response.Headers.ETag);
    }

    private async Task<HttpResponseMessage> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        return await site.Client().SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task WaitForAsync(string path, Func<string, bool> done)
    {
        var giveUp = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            using var response = await GetAsync(path);
            if (done(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)))
            {
                return;
            }

            Assert.True(DateTime.UtcNow < giveUp, $"{path} never changed");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    private static string Decode(byte[] bytes, string? encoding)
    {
        using var input = new MemoryStream(bytes);
        using Stream decoded = encoding switch
        {
            "br" => new BrotliStream(input, CompressionMode.Decompress),
            "gzip" => new GZipStream(input, CompressionMode.Decompress),
            _ => input,
        };
        using var reader = new StreamReader(decoded);
        return reader.ReadToEnd();
    }
}
