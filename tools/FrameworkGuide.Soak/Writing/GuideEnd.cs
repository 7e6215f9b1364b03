namespace FrameworkGuide.Soak.Writing;

/// <summary>A guide as the writer left it: once the site has caught up, its page must show <see cref="LastGood"/>, or answer 404 when it does not exist.</summary>
internal sealed record GuideEnd(int Id, string Slug, bool Exists, int LastGood, IReadOnlyList<string> Aliases);
