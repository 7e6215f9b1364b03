namespace FrameworkGuide.Web.Layout;

/// <summary>What the layout needs to know about a page: its title and description.</summary>
public sealed record PageMeta(string Title, string? Description);
