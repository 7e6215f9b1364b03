namespace FrameworkGuide.Web.Layout;

/// <summary>Every view model implements this, so the layout can fill in the page's head.</summary>
public interface IPageModel
{
    PageMeta Meta { get; }
}
