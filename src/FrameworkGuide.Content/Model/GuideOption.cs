namespace FrameworkGuide.Content.Model;

/// <summary>One of the things a guide compares.</summary>
/// <param name="WhenFits">The guide's "When {Name} Fits" section, if it has one.</param>
public sealed record GuideOption(string Name, Section? WhenFits);
