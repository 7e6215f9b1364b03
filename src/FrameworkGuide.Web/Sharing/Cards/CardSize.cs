namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>The size of every card image, for <c>og:image:width</c> and <c>og:image:height</c>.</summary>
public static class CardSize
{
    public const int Width = 1200;

    public const int Height = 630;
}
