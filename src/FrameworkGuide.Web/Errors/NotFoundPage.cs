using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Errors;

/// <summary>
/// The 404 page: it offers the most recently updated guides, and the list of all of them. A reader
/// who followed a broken link, often on a phone, gets a page of a few kilobytes whatever the size of
/// the site (with every guide listed it was 900 KB at 10,000 guides).
/// </summary>
/// <param name="Guides">The guides to offer, most recently updated first: at most <see cref="MaxGuides"/>.</param>
/// <param name="Total">How many guides the site has.</param>
public sealed record NotFoundPage(IReadOnlyList<Guide> Guides, int Total) : IPageModel
{
    public const int MaxGuides = 10;

    /// <param name="index">Every guide, most recently updated first.</param>
    public static NotFoundPage Of(IReadOnlyList<Guide> index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new NotFoundPage([.. index.Take(MaxGuides)], index.Count);
    }

    public PageMeta Meta => new("Page not found", null);
}
