using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Caching;

/// <summary>
/// A rendered page with its Brotli and gzip forms, each made once per content version, the first time
/// a client accepts it: a page only ever asked for in one encoding (a crawler's plain requests, a CDN
/// that always asks for Brotli) neither pays for nor keeps the other forms.
/// </summary>
public sealed class CachedPage
{
    // Made by Body's init, which every page runs (Body is required).
    private readonly Lazy<byte[]?> brotli = null!;
    private readonly Lazy<byte[]?> gzip = null!;

    public required byte[] Body
    {
        get;
        init
        {
            field = value;
            brotli = new(() => PageCompression.Brotli(value));
            gzip = new(() => PageCompression.Gzip(value));
        }
    }

    /// <summary>The Brotli form, made on first use; <c>null</c> when the body is small or would not shrink.</summary>
    public byte[]? Brotli => Form(brotli);

    /// <summary>The gzip form, made on first use; <c>null</c> when the body is small or would not shrink.</summary>
    public byte[]? Gzip => Form(gzip);

    /// <summary>Called after a compressed form was made, so the cache can count the bytes it added.</summary>
    internal Action<CachedPage>? Grown { get; set; }

    /// <summary>The <see cref="Size"/> the cache last counted for this page.</summary>
    internal long CountedSize { get; set; }

    public required string ContentType { get; init; }

    /// <summary>The strong entity tag of the uncompressed body, quoted.</summary>
    public required string ETag
    {
        get;
        init
        {
            field = value;
            BrotliETag = value.Insert(value.Length - 1, "-br");
            GzipETag = value.Insert(value.Length - 1, "-gz");
        }
    }

    /// <summary>The tag of the Brotli body: the plain tag with <c>-br</c>, so each encoding has its own.</summary>
    public string BrotliETag { get; private init; } = "";

    /// <summary>The tag of the gzip body: the plain tag with <c>-gz</c>.</summary>
    public string GzipETag { get; private init; } = "";

    public required DateTimeOffset LastModified
    {
        get;
        init
        {
            field = value;
            LastModifiedHeader = value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    /// <summary><see cref="LastModified"/> as the header says it, made once rather than per request.</summary>
    public string LastModifiedHeader { get; private init; } = "";

    /// <summary>
    /// The guides the page shows, held weakly like the set: a guide that has been replaced and
    /// collected is not current, and a stale page waiting for eviction keeps no old guide alive.
    /// Null when the page depends on the whole content set.
    /// </summary>
    public IReadOnlyList<WeakReference<Guide>>? Guides { get; init; }

    /// <summary>Chooses the page's guides again from a new content set (<see cref="PageDependencies.Choose"/>); set with <see cref="Guides"/>.</summary>
    public Func<ContentSet, IReadOnlyList<Guide?>>? Choose { get; init; }

    /// <summary>
    /// The day (UTC) the page was rendered on: a page is only kept for that day, because a guide
    /// shows as due for review from a day on, with no reload to tell.
    /// </summary>
    public required DateOnly Day { get; init; }

    /// <summary>
    /// The content set the page was last known to be current for, held weakly: a cached page must
    /// not keep an old version of the whole content alive.
    /// </summary>
    public required WeakReference<ContentSet> Set { get; set; }

    /// <summary>Reads served, counted loosely (no lock): the cache uses it only to space out its recency stamps.</summary>
    public int Reads { get; set; }

    /// <summary>The bytes the page holds: the body and the compressed forms made so far.</summary>
    public long Size => Body.Length + MadeLength(brotli) + MadeLength(gzip) + 256;

    /// <summary>True when the page is still what <paramref name="current"/> would render.</summary>
    public bool IsCurrentFor(ContentSet current, DateOnly today)
    {
        if (today != Day)
        {
            return false;
        }

        if (Set.TryGetTarget(out var known) && ReferenceEquals(known, current))
        {
            return true;
        }

        if (Guides is null || Choose is null)
        {
            return false;
        }

        var chosen = Choose(current);
        if (chosen.Count != Guides.Count)
        {
            return false;
        }

        for (var i = 0; i < chosen.Count; i++)
        {
            if (!Guides[i].TryGetTarget(out var guide) || !ReferenceEquals(chosen[i], guide))
            {
                return false;
            }
        }

        Set.SetTarget(current);
        return true;
    }

    private static int MadeLength(Lazy<byte[]?> form) => form.IsValueCreated ? form.Value?.Length ?? 0 : 0;

    private byte[]? Form(Lazy<byte[]?> form)
    {
        if (form.IsValueCreated)
        {
            return form.Value;
        }

        var made = form.Value;
        Grown?.Invoke(this);
        return made;
    }
}
