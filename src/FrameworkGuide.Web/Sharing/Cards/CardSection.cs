using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Guides;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>A part of a guide that has a card of its own: a section or an FAQ question.</summary>
/// <param name="Text">Its body as plain text.</param>
public sealed record CardSection(string Id, string Title, string Text)
{
    /// <summary>The part with this id that has a page to share (<see cref="SharedPart.Find"/>), as its card shows it.</summary>
    public static CardSection? Find(Guide guide, string id)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return SharedPart.Find(guide, id) is { } part ? new CardSection(part.Id, part.Title, part.Text) : null;
    }
}
