using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FrameworkGuide.Web.Tests;

/// <summary>Fetches pages and parses them with a real HTML parser.</summary>
internal static class Html
{
    private static readonly HtmlParser Parser = new();

    /// <summary>GETs a page, asserts its status (showing the body when it is wrong) and parses it.</summary>
    public static async Task<IDocument> GetPageAsync(this HttpClient client, string url, int expectedStatus = 200)
    {
        using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(
            (int)response.StatusCode == expectedStatus,
            $"GET {url}: expected {expectedStatus}, got {(int)response.StatusCode}.\n{body}");
        return await Parser.ParseDocumentAsync(body, TestContext.Current.CancellationToken);
    }

    public static string Text(this IElement element) => string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
