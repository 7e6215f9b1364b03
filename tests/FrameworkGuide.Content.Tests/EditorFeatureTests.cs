using FrameworkGuide.Content.Parsing;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Content.Tests;

/// <summary>Front matter for editors: <c>reviewed</c>, staleness and <c>anchors</c> that survive renames.</summary>
public sealed class EditorFeatureTests
{
    [Fact]
    public void Parse_ReadsReviewedDate_BesideUpdated()
    {
        var guide = TestGuides.ParseValid(GuideText.With("updated: 2026-06-02", "updated: 2026-06-02\nreviewed: 2026-09-01"));

        Assert.Equal(new DateOnly(2026, 9, 1), guide.Reviewed);
        Assert.Equal(new DateOnly(2026, 9, 1), guide.LastChecked);
    }

    [Fact]
    public void Parse_WarnsAtTheReviewedLine_WhenReviewedLongerAgoThanStaleAfterDays()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 10, 1, 0, 0, 0, TimeSpan.Zero));
        var parser = new GuideParser(new GuideMarkdown(), new ContentRules(clock, StaleAfterDays: 365));
        var text = GuideText.With("updated: 2026-06-02", "updated: 2026-06-02\nreviewed: 2026-09-01");

        var warning = TestGuides.SingleWarning(parser.Parse("flask-vs-django.md", text));

        Assert.Equal(GuideText.LineOf(text, "reviewed:"), warning.Line);
        Assert.Contains("last reviewed 2026-09-01, more than 365 days ago", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FallsBackToUpdated_WhenNoReviewedDateIsStale()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 6, 3, 0, 0, 0, TimeSpan.Zero));
        var parser = new GuideParser(new GuideMarkdown(), new ContentRules(clock, StaleAfterDays: 365));

        var warning = TestGuides.SingleWarning(parser.Parse("flask-vs-django.md", GuideText.Valid));

        Assert.Equal(GuideText.LineOf(GuideText.Valid, "updated:"), warning.Line);
    }

    [Fact]
    public void Parse_DoesNotWarn_WhenReviewedWithinStaleAfterDays()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 6, 1, 0, 0, 0, TimeSpan.Zero));
        var parser = new GuideParser(new GuideMarkdown(), new ContentRules(clock, StaleAfterDays: 365));

        var result = parser.Parse("flask-vs-django.md", GuideText.Valid);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Parse_MapsOldAnchorToNewId_AndAcceptsLinksToTheOldId()
    {
        var guide = TestGuides.ParseValid(GuideText.With("updated: 2026-06-02", "updated: 2026-06-02\nanchors:\n  when-to-pick-flask: when-flask-fits"));

        Assert.Equal("when-flask-fits", guide.AnchorAliases["when-to-pick-flask"]);
        Assert.Contains("when-to-pick-flask", guide.AnchorIds);
    }

    [Fact]
    public void Parse_MapsOldAnchorToADecisionRow()
    {
        var guide = TestGuides.ParseValid(GuideText.With("updated: 2026-06-02", "updated: 2026-06-02\nanchors: { need-tiny-api: need-small-api-or-proof-of-concept }"));

        Assert.Equal("need-small-api-or-proof-of-concept", guide.AnchorAliases["need-tiny-api"]);
    }

    [Fact]
    public void Parse_RejectsAnchorMapping_WhenTheNewIdDoesNotExist()
    {
        var text = GuideText.With("updated: 2026-06-02", "updated: 2026-06-02\nanchors:\n  when-to-pick-flask: when-flask-is-best");

        var error = TestGuides.SingleError(TestGuides.Parse(text));

        Assert.Equal(GuideText.LineOf(text, "when-to-pick-flask:"), error.Line);
        Assert.Equal("anchor 'when-to-pick-flask' points to 'when-flask-is-best', but this guide has no heading or decision row with the id 'when-flask-is-best'", error.Message);
    }

    [Fact]
    public void Parse_WarnsAndIgnoresMapping_WhenTheOldIdIsStillInUse()
    {
        var text = GuideText.With("updated: 2026-06-02", "updated: 2026-06-02\nanchors:\n  faq: when-flask-fits");

        var result = TestGuides.Parse(text);
        var warning = TestGuides.SingleWarning(result);

        Assert.Contains("'faq' is still the id of a part of this guide", warning.Message, StringComparison.Ordinal);
        Assert.Empty(result.Guide!.AnchorAliases);
    }

    [Fact]
    public void Parse_RejectsAnchors_WhenNotAMapping()
    {
        var text = GuideText.With("updated: 2026-06-02", "updated: 2026-06-02\nanchors: [when-flask-fits]");

        var error = TestGuides.SingleError(TestGuides.Parse(text));

        Assert.Equal(GuideText.LineOf(text, "anchors:"), error.Line);
        Assert.Contains("'anchors' must be a list of 'old: new' lines", error.Message, StringComparison.Ordinal);
    }
}
