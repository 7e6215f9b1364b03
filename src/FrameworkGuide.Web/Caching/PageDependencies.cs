using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Caching;

/// <summary>
/// Set by an action on the request's features: the guides its page shows, and how it chose them
/// from the content set. A cached page stays valid across a content reload while choosing again
/// from the new set gives the same guides, unchanged; a page that names none depends on the whole
/// content set (lists, feeds, the sitemap).
/// </summary>
/// <param name="Choose">
/// Chooses the guides again from a content set, in the same order; a guide no longer there is
/// <c>null</c>. It must not hold any guide: a cached page keeps it for as long as it is kept.
/// </param>
public sealed record PageDependencies(IReadOnlyList<Guide> Guides, Func<ContentSet, IReadOnlyList<Guide?>> Choose)
{
    /// <summary>The page shows these guides, found again by their slugs.</summary>
    public static PageDependencies Of(IReadOnlyList<Guide> guides)
    {
        ArgumentNullException.ThrowIfNull(guides);
        var slugs = guides.Select(guide => guide.Slug).ToArray();
        return new PageDependencies(guides, set => Array.ConvertAll(slugs, slug => set.BySlug.GetValueOrDefault(slug)));
    }
}

public static class PageDependenciesExtensions
{
    /// <summary>The page shows these guides, found again by their slugs.</summary>
    public static void DependsOn(this HttpContext context, IReadOnlyList<Guide> guides) =>
        context.Features.Set(PageDependencies.Of(guides));

    /// <summary>The page shows <paramref name="guides"/>, which <paramref name="choose"/> picks from a content set.</summary>
    public static void DependsOn(this HttpContext context, IReadOnlyList<Guide> guides, Func<ContentSet, IReadOnlyList<Guide?>> choose) =>
        context.Features.Set(new PageDependencies(guides, choose));
}
