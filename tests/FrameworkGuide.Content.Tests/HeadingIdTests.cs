using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Tests;

public class HeadingIdTests
{
    [Theory]
    [InlineData("Can You Switch Later?", "can-you-switch-later")]
    [InlineData("When Rails Fits", "when-rails-fits")]
    [InlineData("Team and Maintenance Tradeoffs", "team-and-maintenance-tradeoffs")]
    [InlineData("Django's ORM: \"Batteries\", Included!", "djangos-orm-batteries-included")]
    [InlineData("Node.js vs. Deno", "nodejs-vs-deno")]
    [InlineData("snake_case and kebab-case", "snake_case-and-kebab-case")]
    [InlineData("C# 12 Features", "c-12-features")]
    public void Parse_GivesSectionsGitHubStyleIds(string heading, string expectedId)
    {
        // Arrange
        var text = GuideText.With("## Can You Switch Later?", "## " + heading);

        // Act
        var section = Assert.Single(TestGuides.ParseValid(text).Sections);

        // Assert
        Assert.Equal(expectedId, section.Id);
    }

    [Fact]
    public void Parse_KeepsLettersOfOtherScripts_InHeadingIds()
    {
        // Arrange
        var text = GuideText.With("## Can You Switch Later?", "## Café und Größe");

        // Act
        var section = Assert.Single(TestGuides.ParseValid(text).Sections);

        // Assert: not a numbered fallback such as section-1.
        Assert.DoesNotContain("section", section.Id, StringComparison.Ordinal);
        Assert.StartsWith("caf", section.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AddsDashNumber_WhenHeadingTextRepeats()
    {
        // Arrange
        var text = GuideText.With(
            "## Can You Switch Later?\n\nYes, but it is rarely a rename.",
            "## Notes\n\nOne.\n\n## Notes\n\nTwo.\n\n## Notes\n\nThree.");

        // Act
        var sections = TestGuides.ParseValid(text).Sections;

        // Assert
        Assert.Equal(["notes", "notes-1", "notes-2"], sections.Select(section => section.Id));
    }

    [Fact]
    public void Parse_GivesEveryHeadingADistinctId_WhenATitleLooksLikeANumberedId()
    {
        // Arrange
        var text = GuideText.With(
            "## Can You Switch Later?\n\nYes, but it is rarely a rename.",
            "## Notes\n\nOne.\n\n## Notes\n\nTwo.\n\n## Notes 1\n\nThree.");

        // Act
        var ids = TestGuides.ParseValid(text).Sections.Select(section => section.Id).ToList();

        // Assert
        Assert.Equal(3, ids.Distinct().Count());
    }

    [Fact]
    public void Parse_CollectsHeadingAndRowAnchors_ForLinksToCheck()
    {
        // Act
        var anchors = TestGuides.ParseValid(GuideText.Valid).AnchorIds;

        // Assert
        Assert.Equal(
            [
                "about-the-author",
                "can-you-switch-later",
                "decision-table",
                "faq",
                "is-django-too-heavy-for-small-projects",
                "is-flask-easier-than-django",
                "need-internal-admin-tool",
                "need-learning-python-web-basics",
                "need-small-api-or-proof-of-concept",
                "quick-answer",
                "sources-checked",
                "when-django-fits",
                "when-flask-fits",
            ],
            anchors.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parse_CollectsIdsOfDeeperHeadings_ForLinksToCheck()
    {
        // Arrange
        var text = GuideText.With("At first.", "At first.\n\n#### In the long run\n\nDjango can be easier.");

        // Act
        var anchors = TestGuides.ParseValid(text).AnchorIds;

        // Assert
        Assert.Contains("in-the-long-run", anchors);
    }

    [Theory]
    [InlineData("Can You Switch Later?", "can-you-switch-later")]
    [InlineData("  Small API or proof of concept  ", "small-api-or-proof-of-concept")]
    [InlineData("Web Frameworks", "web-frameworks")]
    [InlineData("?!", "")]
    public void FromText_MakesGitHubStyleIds(string text, string expected)
    {
        // Act
        var id = Slug.FromText(text);

        // Assert
        Assert.Equal(expected, id);
    }

    [Theory]
    [InlineData("flask-vs-django", true)]
    [InlineData("a", true)]
    [InlineData("web2py-vs-django4", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Flask", false)]
    [InlineData("flask--django", false)]
    [InlineData("flask-", false)]
    [InlineData("-flask", false)]
    [InlineData("flask_django", false)]
    [InlineData("flask.django", false)]
    [InlineData("flask/django", false)]
    [InlineData("flask-vs-django\n", false)]
    public void IsValid_AcceptsOnlyLowercaseLettersDigitsAndSingleDashes(string? slug, bool expected)
    {
        // Act
        var valid = Slug.IsValid(slug);

        // Assert
        Assert.Equal(expected, valid);
    }
}
