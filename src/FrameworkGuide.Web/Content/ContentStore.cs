using FrameworkGuide.Content.Loading;

namespace FrameworkGuide.Web.Content;

/// <summary>
/// Holds the content set the site serves. A request reads <see cref="Current"/> once and works
/// on that immutable snapshot; a reload swaps in a whole new set in one reference write.
/// </summary>
public sealed class ContentStore
{
    private volatile ContentSet current = ContentSet.Empty;

    public ContentSet Current => current;

    public void Replace(ContentSet set) => current = set;
}
