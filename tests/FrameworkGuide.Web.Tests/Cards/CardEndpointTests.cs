using System.Net;
using System.Net.Http.Headers;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Sharing.Cards;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace FrameworkGuide.Web.Tests.Cards;

public sealed class CardEndpointTests(SiteFixture site)
{
    private const string FlaskCard = "/guides/flask-vs-django/card.png";

    [Fact]
    public async Task GuideCard_IsA1200By630Png_CachedPublicForAnHour()
    {
        using var response = await site.Client().GetAsync(FlaskCard, TestContext.Current.CancellationToken);

        await AssertStatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.Public);
        Assert.Equal(TimeSpan.FromHours(1), response.Headers.CacheControl?.MaxAge);
        Assert.NotNull(response.Headers.ETag);
        Assert.False(response.Headers.ETag.IsWeak);
        using var bitmap = CardPixels.Decode(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task GuideCard_ShowsDarkTitleTextOnTheLightBackground()
    {
        var png = await site.Client().GetByteArrayAsync(FlaskCard, TestContext.Current.CancellationToken);

        using var bitmap = CardPixels.Decode(png);
        Assert.True(CardPixels.DistinctColors(bitmap) > 16, "the card looks blank");
        Assert.Equal(CardTheme.Background, bitmap.GetPixel(CardSize.Width - 20, CardSize.Height / 2));
        var titleArea = new SKRectI((int)CardTheme.Margin, (int)CardLayout.AreaTop, CardSize.Width / 2, CardSize.Height / 2);
        Assert.True(CardPixels.DarkPixels(bitmap, titleArea) > 2_000, "no title text in the title area");
    }

    [Fact]
    public async Task Card_AnswersNotModified_WhenIfNoneMatchCarriesItsETag()
    {
        using var first = await site.Client().GetAsync(FlaskCard, TestContext.Current.CancellationToken);
        var etag = first.Headers.ETag!;

        using var again = new HttpRequestMessage(HttpMethod.Get, FlaskCard);
        again.Headers.IfNoneMatch.Add(etag);
        using var notModified = await site.Client().SendAsync(again, TestContext.Current.CancellationToken);
        using var other = new HttpRequestMessage(HttpMethod.Get, FlaskCard);
        other.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"some-other-version\""));
        using var modified = await site.Client().SendAsync(other, TestContext.Current.CancellationToken);

        await AssertStatusAsync(HttpStatusCode.NotModified, notModified);
        Assert.Equal(etag, notModified.Headers.ETag);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        await AssertStatusAsync(HttpStatusCode.OK, modified);
        Assert.Equal(etag, modified.Headers.ETag);
    }

    [Fact]
    public async Task Card_ETagIsTheSameOnEveryRequest()
    {
        using var first = await site.Client().GetAsync(FlaskCard, TestContext.Current.CancellationToken);
        using var second = await site.Client().GetAsync(FlaskCard, TestContext.Current.CancellationToken);

        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
    }

    [Theory]
    [InlineData(FlaskCard)]
    [InlineData("/guides/flask-vs-django/s/is-flask-easier-than-django/card.png")]
    public async Task Head_AnswersAsGetDoes_WithoutTheImage(string path)
    {
        using var get = await site.Client().GetAsync(path, TestContext.Current.CancellationToken);
        using var head = await site.Client().SendAsync(new HttpRequestMessage(HttpMethod.Head, path), TestContext.Current.CancellationToken);

        await AssertStatusAsync(HttpStatusCode.OK, head);
        Assert.Equal("image/png", head.Content.Headers.ContentType?.MediaType);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("/guides/no-such-guide/card.png")]
    [InlineData("/guides/no_such_guide/card.png")]
    [InlineData("/guides/" + TestSite.BrokenSlug + "/card.png")]
    [InlineData("/guides/" + TestSite.DraftSlug + "/card.png")]
    [InlineData("/guides/flask-vs-django/s/no-such-section/card.png")]
    [InlineData("/guides/flask-vs-django/s/need-small-api-or-proof-of-concept/card.png")]
    [InlineData("/guides/no-such-guide/s/quick-answer/card.png")]
    [InlineData("/guides/jinja-vs-mako/s/faq/card.png")]
    public async Task UnknownGuideOrSection_IsTheSitesNotFoundPage(string path)
    {
        var page = await site.Client().GetPageAsync(path, 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }

    [Theory]
    [InlineData("quick-answer")]
    [InlineData("decision-table")]
    [InlineData("when-flask-fits")]
    [InlineData("when-django-fits")]
    [InlineData("team-and-maintenance-tradeoffs")]
    [InlineData("faq")]
    [InlineData("is-django-too-heavy-for-small-projects")]
    [InlineData("sources-checked")]
    [InlineData("about-the-author")]
    public async Task SectionCard_IsServedForEveryKindOfSection(string sectionId)
    {
        var guide = site.Services.GetRequiredService<ContentStore>().Current.BySlug["flask-vs-django"];

        using var response = await site.Client().GetAsync(CardPaths.For(guide, sectionId), TestContext.Current.CancellationToken);

        await AssertStatusAsync(HttpStatusCode.OK, response);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var bitmap = CardPixels.Decode(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task SectionCard_OfAnFaqQuestion_IsItsOwnImage()
    {
        var guideCard = await site.Client().GetByteArrayAsync(FlaskCard, TestContext.Current.CancellationToken);
        var faqCard = await site.Client().GetByteArrayAsync("/guides/flask-vs-django/s/is-flask-easier-than-django/card.png", TestContext.Current.CancellationToken);

        using var bitmap = CardPixels.Decode(faqCard);
        Assert.NotEqual(guideCard, faqCard);
        Assert.True(CardPixels.DarkPixels(bitmap, new SKRectI(0, 0, CardSize.Width, CardSize.Height)) > 2_000);
    }

    [Fact]
    public async Task HostileGuide_GetsACardWithItsMarkupDrawnAsText()
    {
        var png = await site.Client().GetByteArrayAsync("/guides/hostile-markup/card.png", TestContext.Current.CancellationToken);
        var faq = await site.Client().GetByteArrayAsync("/guides/hostile-markup/s/faq/card.png", TestContext.Current.CancellationToken);

        using var bitmap = CardPixels.Decode(png);
        using var faqBitmap = CardPixels.Decode(faq);
        Assert.True(CardPixels.DarkPixels(bitmap, new SKRectI(0, 0, CardSize.Width, CardSize.Height)) > 2_000);
    }

    [Fact]
    public void CardPaths_AreTheAddressesTheEndpointsAnswer()
    {
        var guide = site.Services.GetRequiredService<ContentStore>().Current.BySlug["flask-vs-django"];

        Assert.Equal(FlaskCard, CardPaths.For(guide));
        Assert.Equal("/guides/flask-vs-django/s/quick-answer/card.png", CardPaths.For(guide, "quick-answer"));
        Assert.Equal((1200, 630), (CardSize.Width, CardSize.Height));
    }

    private static async Task AssertStatusAsync(HttpStatusCode expected, HttpResponseMessage response)
    {
        if (response.StatusCode != expected)
        {
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            Assert.Fail($"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri}: expected {(int)expected}, got {(int)response.StatusCode}.\n{body}");
        }
    }
}
