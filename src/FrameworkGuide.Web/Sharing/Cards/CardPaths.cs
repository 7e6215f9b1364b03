using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>Where the card images of a guide and of its sections are served.</summary>
public static class CardPaths
{
    /// <summary>The guide's card: <c>/guides/flask-vs-django/card.png</c>.</summary>
    public static string For(Guide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return guide.CanonicalPath + "/card.png";
    }

    /// <summary>The card of one section or FAQ question: <c>/guides/flask-vs-django/s/quick-answer/card.png</c>.</summary>
    public static string For(Guide guide, string sectionId)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return $"{guide.CanonicalPath}/s/{Uri.EscapeDataString(sectionId)}/card.png";
    }
}
