using FrameworkGuide.Web.Caching;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Sharing.Cards;

public static class CardExtensions
{
    /// <summary>Registers the social card renderer and its cache.</summary>
    public static IServiceCollection AddCards(this IServiceCollection services)
    {
        // The typefaces are read from the assembly once, when the first card is drawn.
        services.AddSingleton(_ => CardFonts.LoadEmbedded());
        services.AddSingleton<CardRenderer>();
        services.AddSingleton(services => new CardCache(services.GetRequiredService<IOptions<PageCacheOptions>>().Value.CardMaxBytes));
        services.AddSingleton<CardImages>();
        return services;
    }

    /// <summary>Maps the card images of guides and of their sections.</summary>
    public static WebApplication MapCards(this WebApplication app)
    {
        app.MapCardEndpoints();
        return app;
    }
}
