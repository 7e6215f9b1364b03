namespace FrameworkGuide.Web.Export;

/// <summary>An old address and the one it answers 301 with on the live site (the query string is kept).</summary>
public sealed record ExportRedirect(string From, string To);
