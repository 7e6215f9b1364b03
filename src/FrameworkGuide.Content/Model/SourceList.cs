namespace FrameworkGuide.Content.Model;

/// <summary>The guide's "Sources" section and the links found in it.</summary>
public sealed record SourceList(Section Section, IReadOnlyList<SourceLink> Links);
