using System.Net;
using System.Net.Http.Headers;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Sharing.Cards;
using FrameworkGuide.Web.Tests.Editing;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkGuide.Web.Tests.Cards;

/// <summary>
/// A card's ETag is known before it is drawn, so a client that asks again with it (a crawler, a
/// CDN, the export updating its folder) gets a 304 that costs no drawing.
/// </summary>
public sealed class CardRevalidationTests : IAsyncDisposable
{
    /// <summary>A site of its own, so that no other test has drawn its cards yet.</summary>
    private readonly ProductionSite site = new();

    [Theory]
    [InlineData(null)]
    [InlineData("is-flask-easier-than-django")]
    [InlineData("quick-answer")]
    public async Task IfNoneMatch_WithTheTagOfWhatTheCardShows_IsAnswered304_WithoutDrawingIt(string? sectionId)
    {
        var cards = site.Services.GetRequiredService<CardImages>();
        var cache = site.Services.GetRequiredService<CardCache>();
        var guide = site.Services.GetRequiredService<ContentStore>().Current.BySlug["flask-vs-django"];
        var path = sectionId is null ? CardPaths.For(guide) : CardPaths.For(guide, sectionId);
        var tag = CardTag.Of(sectionId is null ? cards.ContentOf(guide) : cards.ContentOf(guide, sectionId)!);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, path);
        conditional.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(tag));
        using var notModified = await site.Client().SendAsync(conditional, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(tag, notModified.Headers.ETag?.Tag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, cache.Count);

        using var drawn = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, drawn.StatusCode);
        Assert.Equal(tag, drawn.Headers.ETag?.Tag);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public async Task IfNoneMatch_WithAnOldTag_GetsTheCard()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/guides/flask-vs-django/card.png");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"00000000000000000000000000000000\""));

        using var response = await site.Client().SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var bitmap = CardPixels.Decode(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    public async ValueTask DisposeAsync() => await site.DisposeAsync();
}
