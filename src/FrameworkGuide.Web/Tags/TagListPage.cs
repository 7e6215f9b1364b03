using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Tags;

public sealed record TagListPage(IReadOnlyList<TagGroup> Tags) : IPageModel
{
    public PageMeta Meta => new("Tags", "Every topic the guides cover.") { Path = "/tags" };
}
