using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Sharing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace FrameworkGuide.Web.Caching;

/// <summary>
/// Serves pages from memory: a page is rendered once per content version, compressed once per encoding a client asks for, and
/// answered with a strong ETag, Last-Modified, 304 Not Modified and the configured Cache-Control.
/// Only GET and HEAD without a query string are cached; the rest goes through untouched.
/// </summary>
public sealed class PageCacheMiddleware(RequestDelegate next, PageCache cache, ContentStore store, SiteUrls urls, HttpDate date, IOptions<PageCacheOptions> options)
{
    private readonly bool enabled = options.Value.Enabled;
    private readonly string cacheControl = options.Value.CacheControl;

    private static readonly string[] CachedTypes = ["text/html", "application/xml", "application/atom+xml", "application/json", "text/plain"];

    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!IsCacheable(request))
        {
            await next(context);
            return;
        }

        // Absolute URLs in a page come from the request's host only when Guide:BaseUrl is not set.
        var key = urls.IsFixed ? request.Path.Value! : request.Host.Value + request.Path.Value;
        var set = store.Current;
        if (cache.TryGet(key, set, out var page))
        {
            await ServeAsync(context, page);
            return;
        }

        var day = cache.Today;
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK
            && response.ContentType is { } type
            && CachedTypes.Any(cached => type.StartsWith(cached, StringComparison.OrdinalIgnoreCase))
            && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && !response.Headers.ContainsKey(HeaderNames.ContentEncoding))
        {
            await ServeAsync(context, cache.Store(key, set, context.Features.Get<PageDependencies>(), buffer.ToArray(), type, day));
            return;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private bool IsCacheable(HttpRequest request) =>
        enabled
        && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
        && !request.QueryString.HasValue
        && IsPagePath(request.Path)
        && !request.Path.StartsWithSegments("/_editor", StringComparison.Ordinal);

    /// <summary>Pages and the site's XML, JSON and text files; not static assets or images, which have their own caching.</summary>
    private static bool IsPagePath(PathString path)
    {
        var extension = Path.GetExtension(path.Value.AsSpan());
        return extension.IsEmpty || extension is ".xml" or ".json" or ".txt";
    }

    private async Task ServeAsync(HttpContext context, CachedPage page)
    {
        var request = context.Request;
        var response = context.Response;
        var (body, encoding, tag) = Choose(request, page);
        var headers = response.Headers;
        headers.ContentType = page.ContentType;
        headers.CacheControl = cacheControl;
        headers.Vary = HeaderNames.AcceptEncoding;
        headers.ETag = tag;
        headers.Date = date.Now();
        headers.LastModified = page.LastModifiedHeader;
        if (IsNotModified(request, page))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.StatusCode = StatusCodes.Status200OK;
        if (encoding is not null)
        {
            headers.ContentEncoding = encoding;
        }

        response.ContentLength = body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    /// <summary>Brotli, then gzip, then the plain body, as the client accepts; each with its own strong ETag.</summary>
    private static (byte[] Body, string? Encoding, string ETag) Choose(HttpRequest request, CachedPage page)
    {
        var accepted = request.Headers.AcceptEncoding;
        if (accepted.Count == 0)
        {
            return (page.Body, null, page.ETag);
        }

        var acceptEncoding = accepted.Count == 1 ? accepted[0].AsSpan() : accepted.ToString().AsSpan();
        if (page.Brotli is { } brotli && Accepts(acceptEncoding, "br"))
        {
            return (brotli, "br", page.BrotliETag);
        }

        if (page.Gzip is { } gzip && Accepts(acceptEncoding, "gzip"))
        {
            return (gzip, "gzip", page.GzipETag);
        }

        return (page.Body, null, page.ETag);
    }

    /// <summary>True when Accept-Encoding lists the coding with a q-value above zero. Reads the header in place.</summary>
    private static bool Accepts(ReadOnlySpan<char> acceptEncoding, string coding)
    {
        if (acceptEncoding.Length is 0 or > 512)
        {
            return false;
        }

        foreach (var range in acceptEncoding.Split(','))
        {
            var part = acceptEncoding[range];
            var semicolon = part.IndexOf(';');
            var name = (semicolon < 0 ? part : part[..semicolon]).Trim();
            if (!name.Equals(coding, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (semicolon < 0)
            {
                return true;
            }

            foreach (var parameterRange in part[(semicolon + 1)..].Split(';'))
            {
                var parameter = part[(semicolon + 1)..][parameterRange].Trim();
                if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase))
                {
                    return double.TryParse(parameter[2..], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var q) && q > 0;
                }
            }

            return true;
        }

        return false;
    }

    /// <summary>If-None-Match wins over If-Modified-Since, as HTTP says; any of the page's tags matches.</summary>
    private static bool IsNotModified(HttpRequest request, CachedPage page)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            var stem = page.ETag.TrimEnd('"');
            return ifNoneMatch.Trim() == "*"
                || ifNoneMatch.Split(',').Select(tag => tag.Trim().Replace("W/", "", StringComparison.Ordinal)).Any(tag => tag.StartsWith(stem, StringComparison.Ordinal) && tag.EndsWith('"'));
        }

        return DateTimeOffset.TryParse(request.Headers.IfModifiedSince.ToString(), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since)
            && page.LastModified <= since;
    }
}
