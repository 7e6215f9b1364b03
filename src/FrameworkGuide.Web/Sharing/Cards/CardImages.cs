using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Content;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>The card images of guides and of their sections, each drawn once per guide version.</summary>
public sealed class CardImages(CardRenderer renderer, CardCache cache, IOptions<GuideOptions> options)
{
    private const string GuideCardId = "guide";
    private const string SectionCardPrefix = "s/";

    private readonly string siteName = options.Value.SiteName;

    /// <summary>What the guide's card shows: <see cref="CardTag.Of"/> names it without drawing it.</summary>
    public CardContent ContentOf(Guide guide) => GuideCardContent.For(guide, siteName);

    /// <summary>What the card of a section or FAQ question shows; <c>null</c> when the guide has no part with that id.</summary>
    public CardContent? ContentOf(Guide guide, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return CardSection.Find(guide, sectionId) is { } section ? GuideCardContent.For(guide, section, siteName) : null;
    }

    public CardImage ForGuide(Guide guide) =>
        cache.GetOrDraw(guide, GuideCardId, () => Draw(ContentOf(guide)));

    /// <summary>The card of a section or FAQ question; <c>null</c> when the guide has no part with that id.</summary>
    public CardImage? ForSection(Guide guide, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var section = CardSection.Find(guide, sectionId);
        return section is null
            ? null
            : cache.GetOrDraw(guide, SectionCardPrefix + section.Id, () => Draw(GuideCardContent.For(guide, section, siteName)));
    }

    private CardImage Draw(CardContent content) => new(renderer.Render(content), CardTag.Of(content));
}
