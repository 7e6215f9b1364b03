using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>What the cards of a guide and of its sections say.</summary>
public static class GuideCardContent
{
    /// <summary>The guide's title, its options, the quick answer's first sentence (or else the summary).</summary>
    public static CardContent For(Guide guide, string siteName)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var text = guide.QuickAnswer is { } quickAnswer && !string.IsNullOrWhiteSpace(quickAnswer.Text)
            ? Sentences.First(quickAnswer.Text)
            : guide.Summary;
        return new CardContent(null, guide.Title, guide.Options.Select(option => option.Name).ToList(), text, siteName);
    }

    /// <summary>The guide's title as a kicker, the section's title, the first sentence of its text.</summary>
    public static CardContent For(Guide guide, CardSection section, string siteName)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(section);
        var text = string.IsNullOrWhiteSpace(section.Text) ? null : Sentences.First(section.Text);
        return new CardContent(guide.Title, section.Title, [], text, siteName);
    }
}
