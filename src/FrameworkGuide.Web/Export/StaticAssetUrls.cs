using Microsoft.AspNetCore.StaticAssets;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// The URLs of the static assets the site maps (<c>MapStaticAssets</c>): the fingerprinted names
/// the pages link to (<c>/css/site.r69utw8fj3.css</c>) and the plain ones. They are read from the
/// endpoints, so they are exactly the names the build's manifest gives. The build's own compressed
/// copies (<c>site.css.gz</c>) are left out: the export makes its own beside each file.
/// </summary>
public static class StaticAssetUrls
{
    public static IReadOnlyList<string> Of(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var routes = endpoints.DataSources
            .SelectMany(source => source.Endpoints)
            .Select(endpoint => endpoint.Metadata.GetMetadata<StaticAssetDescriptor>()?.Route)
            .OfType<string>()
            .Select(route => "/" + route.TrimStart('/'))
            .ToHashSet(StringComparer.Ordinal);
        return routes
            .Where(route => !IsCompressedCopy(route, routes))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static bool IsCompressedCopy(string route, HashSet<string> routes) =>
        (route.EndsWith(".gz", StringComparison.Ordinal) || route.EndsWith(".br", StringComparison.Ordinal))
        && routes.Contains(route[..^3]);
}
