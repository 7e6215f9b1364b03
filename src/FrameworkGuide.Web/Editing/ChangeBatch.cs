namespace FrameworkGuide.Web.Editing;

/// <summary>Changes that arrived together, to be applied in one reload.</summary>
public sealed record ChangeBatch(IReadOnlySet<string> Paths, bool Rescan);
