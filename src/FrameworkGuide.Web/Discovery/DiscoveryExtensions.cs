using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Sharing;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Discovery;

public static class DiscoveryExtensions
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps the sitemap, robots.txt, the Atom feed and the guides as JSON.</summary>
    public static WebApplication MapDiscovery(this WebApplication app)
    {
        app.MapMethods(DiscoveryPaths.Sitemap, GetAndHead, Sitemap);
        app.MapMethods(DiscoveryPaths.SitemapPartRoute, GetAndHead, SitemapPart);
        app.MapMethods(DiscoveryPaths.Robots, GetAndHead, Robots);
        app.MapMethods(DiscoveryPaths.Feed, GetAndHead, Feed);
        app.MapMethods(DiscoveryPaths.GuideIndex, GetAndHead, GuideIndex);
        app.MapMethods(DiscoveryPaths.GuideRoute, GetAndHead, Guide);
        return app;
    }

    /// <summary>Every page in one sitemap, or, past <see cref="GuideOptions.SitemapUrls"/>, the index of its parts.</summary>
    private static FileContentHttpResult Sitemap(ContentStore content, SiteUrls urls, IOptions<GuideOptions> options, HttpRequest request)
    {
        var parts = SitemapPages.Parts(content.Current, options.Value.SitemapUrls);
        return TypedResults.Bytes(
            parts.Count == 1 ? SitemapWriter.Write(parts[0], urls.Root(request)) : SitemapWriter.WriteIndex(parts, urls.Root(request)),
            SitemapWriter.ContentType);
    }

    /// <summary>A part of the sitemap; 404 past the last one, and for every part while one sitemap holds every page.</summary>
    private static Results<FileContentHttpResult, NotFound> SitemapPart(int part, ContentStore content, SiteUrls urls, IOptions<GuideOptions> options, HttpRequest request)
    {
        var parts = SitemapPages.Parts(content.Current, options.Value.SitemapUrls);
        return parts.Count > 1 && part <= parts.Count
            ? TypedResults.Bytes(SitemapWriter.Write(parts[part - 1], urls.Root(request)), SitemapWriter.ContentType)
            : TypedResults.NotFound();
    }

    private static ContentHttpResult Robots(SiteUrls urls, HttpRequest request) =>
        TypedResults.Text(RobotsTxt.For(urls.Absolute(request, DiscoveryPaths.Sitemap)), RobotsTxt.ContentType);

    private static FileContentHttpResult Feed(ContentStore content, SiteUrls urls, IOptions<GuideOptions> options, HttpRequest request) =>
        TypedResults.Bytes(
            AtomFeedWriter.Write(options.Value.SiteName, urls.Root(request), content.Current.Guides, options.Value.FeedEntries),
            AtomFeedWriter.ContentType);

    private static JsonHttpResult<GuideIndexJson> GuideIndex(ContentStore content, SiteUrls urls, HttpRequest request)
    {
        var root = urls.Root(request);
        var index = new GuideIndexJson(content.Current.Guides.Select(guide => guide.ToIndexEntry(root)).ToList());
        return TypedResults.Json(index, GuideJsonContext.Default.GuideIndexJson);
    }

    /// <summary>
    /// A guide's data. An old slug listed in a guide's <c>aliases</c> redirects, as its page does, so
    /// a JSON URL stays permanent across renames; an unknown slug answers 404 with a JSON problem
    /// body, so clients of the data get data.
    /// </summary>
    private static Results<JsonHttpResult<GuideJson>, RedirectHttpResult, ProblemHttpResult> Guide(
        string slug, ContentStore content, SiteUrls urls, HttpRequest request)
    {
        var set = content.Current;
        if (set.BySlug.TryGetValue(slug, out var guide))
        {
            return TypedResults.Json(guide.ToJson(urls.Root(request)), GuideJsonContext.Default.GuideJson);
        }

        if (set.Aliases.TryGetValue("/guides/" + slug, out var renamed))
        {
            return TypedResults.Redirect(request.PathBase + DiscoveryPaths.GuideJson(renamed), permanent: true);
        }

        return TypedResults.Problem(
            statusCode: StatusCodes.Status404NotFound,
            title: "Guide not found",
            detail: $"No guide has the slug '{slug}'. {DiscoveryPaths.GuideIndex} lists every guide.");
    }
}
