namespace FrameworkGuide.Web.Layout;

/// <summary>A preview image of a page: its path on the site, its text alternative and size in pixels.</summary>
public sealed record PageImage(string Path, string Alt, int Width, int Height);
