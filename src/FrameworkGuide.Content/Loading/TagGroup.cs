using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Loading;

/// <summary>A tag and the guides that carry it, in index order.</summary>
public sealed record TagGroup(Tag Tag, IReadOnlyList<Guide> Guides);
