namespace FrameworkGuide.Web.Editing;

/// <param name="Version">Counts the reloads since the site started.</param>
/// <param name="Slugs">The guides whose page changed: edited, added, removed or broken.</param>
public sealed record ContentReloaded(long Version, IReadOnlyList<string> Slugs);
