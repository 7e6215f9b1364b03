namespace FrameworkGuide.Web.Discovery;

public sealed record SourceJson(string Title, string Url);
