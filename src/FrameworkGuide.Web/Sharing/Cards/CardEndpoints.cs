using FrameworkGuide.Web.Content;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// <c>GET /guides/{slug}/card.png</c> and <c>GET /guides/{slug}/s/{sectionId}/card.png</c> (and
/// HEAD): the PNG with a strong ETag, answering 304 to a matching <c>If-None-Match</c>.
/// </summary>
public static class CardEndpoints
{
    private const string GuideRoute = "/guides/{slug:regex(^[a-z0-9-]+$)}";
    private const string CacheControl = "public, max-age=3600";
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapCardEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMethods(GuideRoute + "/card.png", Methods, GuideCard);
        endpoints.MapMethods(GuideRoute + "/s/{sectionId}/card.png", Methods, SectionCard);
        return endpoints;
    }

    private static Results<FileContentHttpResult, NotFound> GuideCard(string slug, ContentStore content, CardImages cards, HttpResponse response) =>
        content.Current.BySlug.TryGetValue(slug, out var guide)
            ? Png(cards.ForGuide(guide), response)
            : TypedResults.NotFound();

    private static Results<FileContentHttpResult, NotFound> SectionCard(string slug, string sectionId, ContentStore content, CardImages cards, HttpResponse response) =>
        content.Current.BySlug.TryGetValue(slug, out var guide) && cards.ForSection(guide, sectionId) is { } card
            ? Png(card, response)
            : TypedResults.NotFound();

    private static FileContentHttpResult Png(CardImage card, HttpResponse response)
    {
        response.Headers.CacheControl = CacheControl;
        return TypedResults.Bytes(card.Png, "image/png", entityTag: new EntityTagHeaderValue(card.ETag));
    }
}
