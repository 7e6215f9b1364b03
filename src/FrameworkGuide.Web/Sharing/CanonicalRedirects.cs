using FrameworkGuide.Web.Content;

namespace FrameworkGuide.Web.Sharing;

/// <summary>
/// Every page has one address. Other forms of it answer with a permanent redirect, on the server:
/// a trailing slash is dropped, upper-case letters in a guide or tag address become lower case,
/// and an old path listed in a guide's <c>aliases</c> leads to the guide. The query string is kept.
/// </summary>
public static class CanonicalRedirects
{
    public static IApplicationBuilder UseCanonicalRedirects(this IApplicationBuilder app)
    {
        // Resolved once: asking the request's services would open a DI scope for every request.
        var store = app.ApplicationServices.GetRequiredService<ContentStore>();
        return app.Use((context, next) =>
        {
            var request = context.Request;
            if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
            {
                return next(context);
            }

            var path = request.Path.Value ?? "/";
            var target = CanonicalPath(path, store.Current.Aliases);
            if (target == path)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
            // Encoded, so a decoded path's non-ASCII or control characters cannot break the header.
            context.Response.Headers.Location = (request.PathBase + new PathString(target)).ToUriComponent() + request.QueryString;
            return Task.CompletedTask;
        });
    }

    /// <summary>The canonical form of a request path: the path itself when it already is one.</summary>
    public static string CanonicalPath(string path, IReadOnlyDictionary<string, string> aliases)
    {
        // "//host" and "/\host" are addresses of another site to a browser: one leading slash only.
        var canonical = path.Length > 1 && path[1] is '/' or '\\' ? "/" + path.TrimStart('/', '\\') : path;
        canonical = canonical.Length > 1 ? canonical.TrimEnd('/') : canonical;
        if (canonical.Length == 0)
        {
            canonical = "/";
        }

        if (IsContentPath(canonical) && canonical.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            canonical = canonical.ToLowerInvariant();
        }

        return aliases.TryGetValue(canonical, out var slug) ? "/guides/" + slug : canonical;
    }

    private static bool IsContentPath(string path) =>
        path.StartsWith("/guides/", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/tags/", StringComparison.OrdinalIgnoreCase)
        || path.Equals("/guides", StringComparison.OrdinalIgnoreCase) || path.Equals("/tags", StringComparison.OrdinalIgnoreCase);
}
