namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>Lines of text laid out on a card, one font for all of them.</summary>
/// <param name="Top">The top of the first line box.</param>
public sealed record CardTextBlock(IReadOnlyList<string> Lines, bool Bold, float FontSize, float LineHeight, float Top)
{
    public float Height => Lines.Count * LineHeight;

    public float Bottom => Top + Height;
}
