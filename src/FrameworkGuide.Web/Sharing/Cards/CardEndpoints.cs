using FrameworkGuide.Web.Content;
using Microsoft.Net.Http.Headers;

namespace FrameworkGuide.Web.Sharing.Cards;

/// <summary>
/// <c>GET /guides/{slug}/card.png</c> and <c>GET /guides/{slug}/s/{sectionId}/card.png</c> (and
/// HEAD): the PNG with a strong ETag. A request whose <c>If-None-Match</c> names the card's tag is
/// answered 304 before anything is drawn: the tag comes from what the card shows
/// (<see cref="CardTag"/>), so a crawler or an export that asks again costs no drawing.
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

    private static IResult GuideCard(string slug, ContentStore content, CardImages cards, HttpContext context) =>
        content.Current.BySlug.TryGetValue(slug, out var guide)
            ? Answer(cards.ContentOf(guide), () => cards.ForGuide(guide), context)
            : TypedResults.NotFound();

    private static IResult SectionCard(string slug, string sectionId, ContentStore content, CardImages cards, HttpContext context) =>
        content.Current.BySlug.TryGetValue(slug, out var guide) && cards.ContentOf(guide, sectionId) is { } card
            ? Answer(card, () => cards.ForSection(guide, sectionId)!, context)
            : TypedResults.NotFound();

    private static IResult Answer(CardContent card, Func<CardImage> draw, HttpContext context)
    {
        context.Response.Headers.CacheControl = CacheControl;
        var tag = new EntityTagHeaderValue(CardTag.Of(card));
        if (context.Request.GetTypedHeaders().IfNoneMatch is { Count: > 0 } known
            && known.Any(value => value.Compare(tag, useStrongComparison: false) || value.Equals(EntityTagHeaderValue.Any)))
        {
            context.Response.Headers.ETag = tag.ToString();
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var image = draw();
        return TypedResults.Bytes(image.Png, "image/png", entityTag: new EntityTagHeaderValue(image.ETag));
    }
}
