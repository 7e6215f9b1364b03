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
            return Image([1, 2, 3]);
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

        var guideCard = cache.GetOrDraw(guide, "guide", () => Image([1]));
        var sectionCard = cache.GetOrDraw(guide, "s/faq", () => Image([2]));

        Assert.NotEqual(guideCard.Png, sectionCard.Png);
        Assert.Same(guideCard, cache.GetOrDraw(guide, "guide", () => throw new InvalidOperationException("drawn twice")));
    }

    [Fact]
    public void Cache_DoesNotKeepAFailedDrawing()
    {
        var cache = new CardCache();
        var guide = FlaskGuide with { };

        Assert.Throws<InvalidOperationException>(() => cache.GetOrDraw(guide, "guide", () => throw new InvalidOperationException("no surface")));
        var card = cache.GetOrDraw(guide, "guide", () => Image([1]));

        Assert.Equal([1], card.Png);
    }

    [Fact]
    public void ETag_NamesWhatTheCardShows_AndTheSameWordsDrawTheSameBytes()
    {
        var renderer = site.Services.GetRequiredService<CardRenderer>();
        var content = Cards.ContentOf(FlaskGuide);
        CardContent[] changed =
        [
            content with { Kicker = "Kicker" },
            content with { Title = content.Title + "!" },
            content with { Chips = [.. content.Chips, "Pyramid"] },
            content with { Chips = [string.Concat(content.Chips)] },
            content with { Text = null },
            content with { Footer = "Another site" },
        ];

        Assert.Matches("^\"[0-9a-f]{32}\"$", CardTag.Of(content));
        Assert.Equal(CardTag.Of(content), CardTag.Of(content with { Chips = [.. content.Chips] }));
        Assert.Equal(CardTag.Of(content), Cards.ForGuide(FlaskGuide).ETag);
        Assert.Equal(changed.Length + 1, changed.Select(CardTag.Of).Append(CardTag.Of(content)).Distinct().Count());
        Assert.Equal(renderer.Render(content), renderer.Render(content with { Chips = [.. content.Chips] }));
    }

    private static CardImage Image(byte[] png) => new(png, "\"test\"");
}
