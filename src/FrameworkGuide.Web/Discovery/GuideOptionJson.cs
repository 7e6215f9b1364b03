namespace FrameworkGuide.Web.Discovery;

/// <param name="WhenFits">The guide's "When {Name} Fits" section; <c>null</c> when it has none.</param>
public sealed record GuideOptionJson(string Name, SectionJson? WhenFits);
