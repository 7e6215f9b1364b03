using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Sharing.Cards;

namespace FrameworkGuide.Web.Tests.Cards;

public sealed class CardCacheBoundTests
{
    private static readonly Guide Guide = new()
    {
        Slug = "bounded",
        SourcePath = "bounded.md",
        Title = "Bounded",
        Options = [new GuideOption("A", null), new GuideOption("B", null)],
    };

    [Fact]
    public void Cache_KeepsCardsThatFit_AndDrawsAgainWhatDoesNot()
    {
        using var cache = new CardCache(maxBytes: 10_000);
        var draws = 0;
        CardImage Draw(int size)
        {
            draws++;
            return new CardImage(new byte[size], "\"bound\"");
        }

        var small = cache.GetOrDraw(Guide, "small", () => Draw(1_000));
        Assert.Same(small, cache.GetOrDraw(Guide, "small", () => Draw(1_000)));
        Assert.Equal(1, draws);

        cache.GetOrDraw(Guide, "huge", () => Draw(50_000));
        cache.GetOrDraw(Guide, "huge", () => Draw(50_000));
        Assert.Equal(3, draws);
    }
}
