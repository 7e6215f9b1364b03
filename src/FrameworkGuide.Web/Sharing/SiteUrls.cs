using FrameworkGuide.Web.Content;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Sharing;

/// <summary>Absolute URLs for what the site hands out: from <c>Guide:BaseUrl</c>, or else from the request.</summary>
public sealed class SiteUrls(IOptions<GuideOptions> options)
{
    private readonly string? baseUrl = options.Value.BaseUrl?.TrimEnd('/');

    /// <summary>Whether every absolute URL comes from configuration, so no page depends on the request's host.</summary>
    public bool IsFixed => baseUrl is not null;

    /// <summary>The site's root without a trailing slash: <c>https://guides.example.org</c>.</summary>
    public string Root(HttpRequest request) =>
        baseUrl ?? $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";

    /// <summary>The absolute form of a site path such as <c>/guides/flask-vs-django</c>.</summary>
    public string Absolute(HttpRequest request, string path) => Root(request) + path;
}
