using FrameworkGuide.Content.Loading;

namespace FrameworkGuide.Web.Caching;

/// <summary>A rendered page with its Brotli and gzip forms, made once per content version.</summary>
public sealed class CachedPage
{
    public required byte[] Body { get; init; }

    public byte[]? Brotli { get; init; }

    public byte[]? Gzip { get; init; }

    public required string ContentType { get; init; }

    /// <summary>The strong entity tag of the uncompressed body, quoted.</summary>
    public required string ETag { get; init; }

    public required DateTimeOffset LastModified { get; init; }

    public PageDependencies? Dependencies { get; init; }

    /// <summary>
    /// The content set the page was last known to be current for, held weakly: a cached page must
    /// not keep an old version of the whole content alive.
    /// </summary>
    public required WeakReference<ContentSet> Set { get; set; }

    public long Size => Body.Length + (Brotli?.Length ?? 0) + (Gzip?.Length ?? 0) + 256;

    /// <summary>True when the page is still what <paramref name="current"/> would render.</summary>
    public bool IsCurrentFor(ContentSet current)
    {
        if (Set.TryGetTarget(out var known) && ReferenceEquals(known, current))
        {
            return true;
        }

        if (Dependencies is null)
        {
            return false;
        }

        foreach (var guide in Dependencies.Guides)
        {
            if (!current.BySlug.TryGetValue(guide.Slug, out var now) || !ReferenceEquals(now, guide))
            {
                return false;
            }
        }

        Set.SetTarget(current);
        return true;
    }
}
