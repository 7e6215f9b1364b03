using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Errors;

/// <summary>The 404 page: it offers the guides that do exist.</summary>
public sealed record NotFoundPage(IReadOnlyList<Guide> Guides) : IPageModel
{
    public PageMeta Meta => new("Page not found", null);
}
