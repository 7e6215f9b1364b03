using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FrameworkGuide.Content.Model;
using Microsoft.Extensions.Caching.Memory;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// Drawn cards, keyed by the <see cref="Guide"/> object they were drawn from: a content reload
/// builds new objects only for the guides whose files changed, so their cards are drawn again and
/// every other guide keeps its bytes. Bounded in bytes (least recently used cards go first, and
/// are simply drawn again when asked for); nothing is written to disk.
/// </summary>
public sealed class CardCache(long maxBytes = CardCache.DefaultMaxBytes) : IDisposable
{
    public const long DefaultMaxBytes = 64L * 1024 * 1024;

    private readonly ConditionalWeakTable<Guide, object> identities = new();
    private readonly MemoryCache cards = new(new MemoryCacheOptions { SizeLimit = maxBytes, CompactionPercentage = 0.2 });
    private readonly ConcurrentDictionary<(object Guide, string Card), Lazy<CardImage>> drawing = new();

    /// <summary>How many drawn cards are held now.</summary>
    public int Count => cards.Count;

    /// <summary>The card <paramref name="cardId"/> of this guide object, drawn by <paramref name="draw"/> once while it stays cached.</summary>
    public CardImage GetOrDraw(Guide guide, string cardId, Func<CardImage> draw)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var key = (identities.GetValue(guide, _ => new object()), cardId);
        if (cards.TryGetValue(key, out CardImage? cached))
        {
            return cached!;
        }

        // Requests that arrive while a card is being drawn wait for that drawing.
        var pending = drawing.GetOrAdd(key, _ => new Lazy<CardImage>(draw, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            var image = pending.Value;
            cards.Set(key, image, new MemoryCacheEntryOptions { Size = image.Png.Length + 256 });
            return image;
        }
        finally
        {
            // A failed drawing is not kept either: the next request tries again.
            drawing.TryRemove(new KeyValuePair<(object, string), Lazy<CardImage>>(key, pending));
        }
    }

    public void Dispose() => cards.Dispose();
}
