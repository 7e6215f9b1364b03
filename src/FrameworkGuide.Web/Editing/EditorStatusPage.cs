using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Editing;

public sealed record EditorStatusPage(ContentSet Content, ContentFolder Folder) : IPageModel
{
    public PageMeta Meta => new("Content status", null);
}
