using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Content.Tests;

public class GuideLinkTests
{
    [Theory]
    [InlineData("/guides/fastapi-vs-flask", "fastapi-vs-flask", null)]
    [InlineData("/guides/fastapi-vs-flask/", "fastapi-vs-flask", null)]
    [InlineData("/guides/fastapi-vs-flask#when-flask-fits", "fastapi-vs-flask", "when-flask-fits")]
    [InlineData("/guides/fastapi-vs-flask/faq#is-fastapi-faster", "fastapi-vs-flask", "is-fastapi-faster")]
    [InlineData("/guides/fastapi-vs-flask/decision-table#need-small-api", "fastapi-vs-flask", "need-small-api")]
    [InlineData("/guides/fastapi-vs-flask?ref=x#faq", "fastapi-vs-flask", "faq")]
    [InlineData("/guides/fastapi-vs-flask#", "fastapi-vs-flask", null)]
    public void Parse_CollectsLinkToAnotherGuide_WithSlugFragmentAndLine(string url, string slug, string? fragment)
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", $"APIs and prototypes; compare [FastAPI]({url}).");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Equal([new GuideLink(url, slug, fragment, 25)], guide.GuideLinks);
    }

    [Theory]
    [InlineData("/tags/python")]
    [InlineData("/guides")]
    [InlineData("/guides/")]
    [InlineData("https://frameworkguide.example/guides/fastapi-vs-flask")]
    [InlineData("guides/fastapi-vs-flask")]
    [InlineData("#faq")]
    public void Parse_IgnoresLinks_ThatDoNotNameAGuideOfTheSite(string url)
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", $"See [this]({url}).");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Empty(guide.GuideLinks);
    }

    [Fact]
    public void Parse_RecordsTheLineOfEachGuideLink_WhereverItIs()
    {
        // Arrange
        var text = GuideText.With("Flask and Django are the two", "See [one](/guides/one) and\nalso [two](/guides/two#x).\n\nFlask and Django are the two")
            .Replace("| Less overhead. |", "| Less, see [three](/guides/three). |", StringComparison.Ordinal)
            .Replace("Not always.", "Not always: [four](/guides/four/faq#q).", StringComparison.Ordinal);

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Equal(
            [("one", 9), ("two", 10), ("three", 22), ("four", 46)],
            guide.GuideLinks.Select(link => (link.Slug, link.Line)));
    }

    [Fact]
    public void Parse_CollectsGuideLinks_FromReferenceLinks()
    {
        // Arrange
        var text = GuideText.With("APIs and prototypes.", "APIs, see [FastAPI][fastapi].\n\n[fastapi]: /guides/fastapi-vs-flask#faq");

        // Act
        var link = Assert.Single(TestGuides.ParseValid(text).GuideLinks);

        // Assert
        Assert.Equal(("fastapi-vs-flask", "faq", 25), (link.Slug, link.Fragment, link.Line));
    }
}
