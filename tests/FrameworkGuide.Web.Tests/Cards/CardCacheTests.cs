using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Sharing.Cards;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkGuide.Web.Tests.Cards;

public sealed class CardCacheTests(SiteFixture site)
{
    private Guide FlaskGuide => site.Services.GetRequiredService<ContentStore>().Current.BySlug["flask-vs-django"];

    private CardImages Cards => site.Services.GetRequiredService<CardImages>();

    [Fact]
    public void SameGuide_IsServedTheSameBytesEveryTime()
    {
        var first = Cards.ForGuide(FlaskGuide);
        var second = Cards.ForGuide(FlaskGuide);

        Assert.Same(first.Png, second.Png);
        Assert.Same(first, second);
    }

    [Fact]
    public void SameSection_IsServedTheSameBytesEveryTime()
    {
        var first = Cards.ForSection(FlaskGuide, "is-flask-easier-than-django");
        var second = Cards.ForSection(FlaskGuide, "is-flask-easier-than-django");

        Assert.NotNull(first);
        Assert.Same(first.Png, second!.Png);
    }

    [Fact]
    public void ReloadedGuide_GetsANewlyDrawnCard()
    {
        var cached = Cards.ForGuide(FlaskGuide);

        // A reload builds a new Guide object for a changed file.
        var reloaded = Cards.ForGuide(FlaskGuide with { });
        var renamed = Cards.ForGuide(FlaskGuide with { Title = "Flask vs Django, revised" });

        Assert.NotSame(cached.Png, reloaded.Png);
        Assert.NotEqual(cached.ETag, renamed.ETag);
        Assert.Same(cached.Png, Cards.ForGuide(FlaskGuide).Png);
    }

    [Fact]
    public void ReloadedGuide_GetsNewlyDrawnSectionCards()
    {
        var cached = Cards.ForSection(FlaskGuide, "quick-answer")!;

        var reloaded = Cards.ForSection(FlaskGuide with { }, "quick-answer")!;

        Assert.NotSame(cached.Png, reloaded.Png);
    }

    [Fact]
    public void Cache_DrawsEachCardOnce_EvenWhenAskedAtTheSameTime()
    {
        var cache = new CardCache();
        var guide = FlaskGuide with { };
        var draws = 0;
        CardImage Draw()
        {
            Interlocked.Increment(ref draws);
            Thread.Sleep(20);
            return CardImage.FromPng([1, 2, 3]);
        }

        var images = Enumerable.Range(0, 8).AsParallel().Select(_ => cache.GetOrDraw(guide, "guide", Draw)).ToList();

        Assert.Equal(1, draws);
        Assert.All(images, image => Assert.Same(images[0], image));
    }

    [Fact]
    public void Cache_KeepsCardsOfOneGuideApartByCardId()
    {
        var cache = new CardCache();
        var guide = FlaskGuide with { };

        var guideCard = cache.GetOrDraw(guide, "guide", () => CardImage.FromPng([1]));
        var sectionCard = cache.GetOrDraw(guide, "s/faq", () => CardImage.FromPng([2]));

        Assert.NotEqual(guideCard.ETag, sectionCard.ETag);
        Assert.Same(guideCard, cache.GetOrDraw(guide, "guide", () => throw new InvalidOperationException("drawn twice")));
    }

    [Fact]
    public void Cache_DoesNotKeepAFailedDrawing()
    {
        var cache = new CardCache();
        var guide = FlaskGuide with { };

        Assert.Throws<InvalidOperationException>(() => cache.GetOrDraw(guide, "guide", () => throw new InvalidOperationException("no surface")));
        var card = cache.GetOrDraw(guide, "guide", () => CardImage.FromPng([1]));

        Assert.Equal([1], card.Png);
    }

    [Fact]
    public void ETag_IsAStrongTagOfTheBytes()
    {
        var card = CardImage.FromPng([1, 2, 3]);

        Assert.Matches("^\"[0-9a-f]{32}\"$", card.ETag);
        Assert.Equal(card.ETag, CardImage.FromPng([1, 2, 3]).ETag);
        Assert.NotEqual(card.ETag, CardImage.FromPng([1, 2, 4]).ETag);
    }
}
