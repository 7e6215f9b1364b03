namespace FrameworkGuide.Soak.Writing;

/// <summary>
/// A guide as the writer left it: once the site has caught up, its page must show <see cref="LastGood"/>,
/// or answer 404 when it does not exist. When the file is a broken edit, the site serves the last
/// good version it read, which is older when the last good one was overwritten before the site read
/// it (both saves fell into one batch): any good version up to <see cref="LastGood"/> is right then.
/// </summary>
internal sealed record GuideEnd(int Id, string Slug, bool Exists, int LastGood, bool Broken, IReadOnlyList<string> Aliases);
