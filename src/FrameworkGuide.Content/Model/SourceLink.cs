namespace FrameworkGuide.Content.Model;

public sealed record SourceLink(string Title, string Url);
