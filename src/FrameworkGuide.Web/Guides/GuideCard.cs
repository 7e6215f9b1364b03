using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Layout;
using FrameworkGuide.Web.Sharing.Cards;

namespace FrameworkGuide.Web.Guides;

/// <summary>The preview images of a guide and of its sections, as the layout announces them.</summary>
public static class GuideCard
{
    public static PageImage Of(Guide guide) =>
        new(CardPaths.For(guide), $"{guide.Title}: {string.Join(" or ", guide.Options.Select(option => option.Name))}", CardSize.Width, CardSize.Height);

    public static PageImage Of(Guide guide, string sectionId, string sectionTitle) =>
        new(CardPaths.For(guide, sectionId), $"{sectionTitle} ({guide.Title})", CardSize.Width, CardSize.Height);
}
