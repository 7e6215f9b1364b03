namespace FrameworkGuide.Web.Sharing.Cards;

public static class CardExtensions
{
    /// <summary>Registers the social card renderer and its cache.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services) => services;

    /// <summary>Maps the card images of guides and of their sections.</summary>
    public static WebApplication MapCards(this WebApplication app) => app;
}
