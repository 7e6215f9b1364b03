using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// Drawn cards, kept as long as the <see cref="Guide"/> object they were drawn from lives. A
/// content reload builds new objects only for the guides whose files changed, so their cards are
/// drawn again and every other guide keeps its bytes. Nothing is written to disk.
/// </summary>
public sealed class CardCache
{
    private readonly ConditionalWeakTable<Guide, ConcurrentDictionary<string, Lazy<CardImage>>> byGuide = new();

    /// <summary>The card <paramref name="cardId"/> of this guide object, drawn by <paramref name="draw"/> the first time only.</summary>
    public CardImage GetOrDraw(Guide guide, string cardId, Func<CardImage> draw)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var cards = byGuide.GetValue(guide, _ => new ConcurrentDictionary<string, Lazy<CardImage>>(StringComparer.Ordinal));
        var card = cards.GetOrAdd(cardId, _ => new Lazy<CardImage>(draw, LazyThreadSafetyMode.ExecutionAndPublication));
        try
        {
            return card.Value;
        }
        catch
        {
            // A failed drawing is not kept: the next request tries again.
            cards.TryRemove(new KeyValuePair<string, Lazy<CardImage>>(cardId, card));
            throw;
        }
    }
}
