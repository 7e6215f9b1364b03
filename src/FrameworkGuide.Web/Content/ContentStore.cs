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

    /// <summary>When a content set was last swapped in; <c>null</c> until the first load.</summary>
    public DateTimeOffset? ReplacedAt { get; private set; }

    /// <summary>Raised after each <see cref="Replace"/>, on the thread that replaced the set; read <see cref="Current"/> for it.</summary>
    public event EventHandler? Replaced;

    public void Replace(ContentSet set)
    {
        current = set;
        ReplacedAt = DateTimeOffset.UtcNow;
        Replaced?.Invoke(this, EventArgs.Empty);
    }
}
