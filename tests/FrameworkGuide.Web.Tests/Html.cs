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

    public static async Task<IDocument> ParseAsync(string body) => await Parser.ParseDocumentAsync(body, TestContext.Current.CancellationToken);

    /// <summary>The text a reader sees in the element, leaving out the "#" permalinks beside headings and rows.</summary>
    public static string Text(this IElement element)
    {
        var copy = (IElement)element.Clone(deep: true);
        foreach (var permalink in copy.QuerySelectorAll(".permalink, .copy-link").ToList())
        {
            permalink.Remove();
        }

        return string.Join(' ', copy.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static List<string> Texts(this IEnumerable<IElement> elements) => elements.Select(Text).ToList();

    public static List<string?> Attributes(this IEnumerable<IElement> elements, string name) =>
        elements.Select(element => element.GetAttribute(name)).ToList();

    /// <summary>The <c>h2</c> ids of a guide article in page order, leaving out the table of contents' own heading.</summary>
    public static List<string> SectionIds(this IDocument page) =>
        page.QuerySelectorAll("article h2[id]").Select(heading => heading.Id!).ToList();
}
