using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Guides;

/// <summary>A list of guides: the home page or a tag's page.</summary>
public sealed record GuideListPage(PageMeta Meta, string Heading, IReadOnlyList<Guide> Guides) : IPageModel
{
    /// <summary>The tags to offer for browsing beside the list.</summary>
    public IReadOnlyList<TagGroup> Tags { get; init; } = [];

    /// <summary>Where this page sits in a long list; one page when <c>null</c>.</summary>
    public Pagination? Pagination { get; init; }
}
