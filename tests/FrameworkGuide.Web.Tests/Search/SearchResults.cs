using AngleSharp.Dom;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>Asks the site's search and reads the results list.</summary>
internal static class SearchResults
{
    public static string UrlFor(string query, bool partial = false) =>
        "/search?q=" + Uri.EscapeDataString(query) + (partial ? "&partial=1" : "");

    public static Task<IDocument> SearchAsync(this HttpClient client, string query) => client.GetPageAsync(UrlFor(query));

    public static List<IElement> Results(this IDocument page) => page.QuerySelectorAll("#search-results ol.search-results > li").ToList();

    /// <summary>The link of each result, best first.</summary>
    public static List<string> ResultLinks(this IDocument page) =>
        page.Results().Select(result => result.QuerySelector("h2 a")!.GetAttribute("href")!).ToList();

    /// <summary>The guide each result leads to, without the fragment.</summary>
    public static List<string> ResultPaths(this IDocument page) =>
        page.ResultLinks().Select(href => href.Split('#')[0]).ToList();

    public static string Status(this IDocument page) => page.QuerySelector("#search-results .search-status")!.Text();
}
