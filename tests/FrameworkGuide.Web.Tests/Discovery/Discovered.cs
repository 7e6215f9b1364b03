using System.Net.Http.Headers;
using System.Text.Json;
using System.Xml.Linq;

namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>Fetches the machine-readable answers (XML, JSON, text) and checks their type on the way.</summary>
internal static class Discovered
{
    public static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>How a client reads the data: camelCase names, no knowledge of the server's settings.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>GETs a document, asserts status 200 and the media type with UTF-8, and parses it as strict XML.</summary>
    public static async Task<XDocument> GetXmlAsync(this HttpClient client, string url, string mediaType)
    {
        var body = await client.GetTextAsync(url, mediaType);
        var document = XDocument.Parse(body);
        Assert.Equal("utf-8", document.Declaration?.Encoding, ignoreCase: true);
        return document;
    }

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string url)
    {
        var body = await client.GetTextAsync(url, "application/json");
        return JsonSerializer.Deserialize<T>(body, Json)!;
    }

    public static async Task<string> GetTextAsync(this HttpClient client, string url, string mediaType)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == 200, $"GET {url}: expected 200, got {(int)response.StatusCode}.\n{body}");
        AssertUtf8(response.Content.Headers.ContentType, mediaType);
        return body;
    }

    public static void AssertUtf8(MediaTypeHeaderValue? contentType, string mediaType)
    {
        Assert.Equal(mediaType, contentType?.MediaType);
        Assert.Equal("utf-8", contentType?.CharSet, ignoreCase: true);
    }

    /// <summary>Asserts the URL is absolute under <paramref name="root"/>, then that its path answers 200 on the test host.</summary>
    public static async Task AssertAnswersAsync(this HttpClient client, string? url, string root = "http://localhost")
    {
        Assert.NotNull(url);
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri), $"'{url}' is not an absolute URL");
        Assert.StartsWith(root + "/", url, StringComparison.Ordinal);
        using var response = await client.GetAsync(uri.PathAndQuery, TestContext.Current.CancellationToken);
        Assert.True((int)response.StatusCode == 200, $"GET {uri.PathAndQuery} (from {url}): expected 200, got {(int)response.StatusCode}");
    }

    /// <summary>The status a path answers with, for the pages a guide may or may not have.</summary>
    public static async Task<int> StatusOfAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        return (int)response.StatusCode;
    }

    public static string Attr(this XElement element, string name) =>
        element.Attribute(name)?.Value ?? throw new Xunit.Sdk.XunitException($"<{element.Name.LocalName}> has no '{name}' attribute");
}
