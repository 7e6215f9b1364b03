using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Caching;

/// <summary>
/// Set by an action on the request's features: the guides its page shows. A cached page stays
/// valid across a content reload while all of them are unchanged; a page that names none depends
/// on the whole content set (lists, feeds, the sitemap).
/// </summary>
public sealed record PageDependencies(IReadOnlyList<Guide> Guides);

public static class PageDependenciesExtensions
{
    public static void DependsOn(this HttpContext context, IEnumerable<Guide> guides) =>
        context.Features.Set(new PageDependencies(guides.ToList()));
}
