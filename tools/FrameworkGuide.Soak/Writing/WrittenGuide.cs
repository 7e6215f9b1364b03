using FrameworkGuide.Soak.Guides;

namespace FrameworkGuide.Soak.Writing;

/// <summary>What the writer has done to one guide so far.</summary>
internal sealed class WrittenGuide(int id, bool isVolatile)
{
    public int Id { get; } = id;

    public bool IsVolatile { get; } = isVolatile;

    /// <summary>The version last written, good or broken.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The last version written without an error: the one the site should serve.</summary>
    public int LastGood { get; set; } = 1;

    public int Renames { get; set; }

    public bool Exists { get; set; } = true;

    /// <summary>The file on disk is a broken edit: the site serves the last good version it read, which may be older than <see cref="LastGood"/>.</summary>
    public bool Broken { get; set; }

    /// <summary>The old addresses (<c>/guides/old-slug</c>), oldest first.</summary>
    public List<string> Aliases { get; } = [];

    public string Slug => GuideIds.Slug(Id, Renames);
}
