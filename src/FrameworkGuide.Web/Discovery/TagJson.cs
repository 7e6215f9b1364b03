namespace FrameworkGuide.Web.Discovery;

/// <param name="Url">The absolute URL of the tag's page.</param>
public sealed record TagJson(string Name, string Slug, string Url);
