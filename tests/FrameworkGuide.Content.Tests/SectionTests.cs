namespace FrameworkGuide.Content.Tests;

public class SectionTests
{
    [Fact]
    public void Parse_KeepsTextBeforeTheFirstSection_AsIntroduction()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Valid);

        // Assert
        Assert.Equal("<p>Flask and Django are the two Python web frameworks most teams weigh first.</p>", guide.IntroductionHtml);
    }

    [Fact]
    public void Parse_LeavesIntroductionEmpty_WhenFirstThingIsASection()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Small(), "small-guide.md");

        // Assert
        Assert.Equal("", guide.IntroductionHtml);
    }

    [Fact]
    public void Parse_GivesPlainText_WithEachRunOfWhiteSpaceAsOneSpace()
    {
        // Arrange: tabs, a non-breaking space and spaces at both ends
        var text = GuideText.With("## Can You Switch Later?", "##   Can\tYou \u00A0 *Switch*   Later?  ")
            .Replace("| Small API or proof of concept | Flask | Less overhead. |", "|  Small   API \t or proof of concept | Flask |  Less \t overhead. |", StringComparison.Ordinal);

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Contains(guide.Sections, section => section.Title == "Can You Switch Later?");
        var row = guide.DecisionTable!.Rows[0];
        Assert.Equal("Small API or proof of concept", row.Need);
        Assert.Equal("small-api-or-proof-of-concept", row.Id);
        Assert.Equal("Less overhead.", row.Reason);
    }

    [Fact]
    public void Parse_ReadsQuickAnswer_WithItsHeadingAndBody()
    {
        // Act
        var quickAnswer = TestGuides.ParseValid(GuideText.Valid).QuickAnswer;

        // Assert
        Assert.NotNull(quickAnswer);
        Assert.Equal("quick-answer", quickAnswer.Id);
        Assert.Equal("Quick Answer", quickAnswer.Title);
        Assert.Equal("Quick Answer", quickAnswer.TitleHtml);
        Assert.Equal(11, quickAnswer.Line);
        Assert.Equal("<p>Pick <strong>Flask</strong> for a small service; pick <strong>Django</strong> for a product with users and data.</p>", quickAnswer.Html);
    }

    [Theory]
    [InlineData("## quick answer")]
    [InlineData("## QUICK ANSWER")]
    [InlineData("## Quick Answer:")]
    public void Parse_RecognisesQuickAnswer_WhatEverItsCase(string heading)
    {
        // Arrange
        var text = GuideText.With("## Quick Answer", heading);

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.NotNull(guide.QuickAnswer);
        Assert.DoesNotContain(guide.Sections, section => section.Title.StartsWith("quick", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Parse_WarnsAtLineOne_WhenGuideHasNoQuickAnswer()
    {
        // Arrange
        var text = GuideText.With("## Quick Answer\n\nPick **Flask** for a small service; pick **Django** for a product with users and data.\n\n", "");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(1, warning.Line);
        Assert.Equal("no '## Quick Answer' section: readers look for it first", warning.Message);
        Assert.Null(result.Guide!.QuickAnswer);
    }

    [Fact]
    public void Parse_WarnsAndKeepsSecondQuickAnswer_AsAnOrdinarySection()
    {
        // Arrange
        var text = GuideText.With("## About the Author", "## Quick Answer\n\nAgain.\n\n## About the Author");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(50, warning.Line);
        Assert.Equal("a second 'Quick Answer' section is shown as an ordinary section", warning.Message);
        var guide = result.Guide!;
        Assert.Contains("Pick <strong>Flask</strong>", guide.QuickAnswer!.Html, StringComparison.Ordinal);
        Assert.Equal(["Can You Switch Later?", "Quick Answer"], guide.Sections.Select(section => section.Title));
    }

    [Fact]
    public void Parse_TiesEachWhenFitsSection_ToItsOption()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Valid);

        // Assert
        var flask = guide.FindOption("Flask")!.WhenFits;
        var django = guide.FindOption("django")!.WhenFits;
        Assert.NotNull(flask);
        Assert.NotNull(django);
        Assert.Equal(("when-flask-fits", "When Flask Fits", "<p>APIs and prototypes.</p>", 23), (flask.Id, flask.Title, flask.Html.ToString(), flask.Line));
        Assert.Equal(("when-django-fits", "When Django Fits", "<p>Users, models, admin.</p>", 27), (django.Id, django.Title, django.Html.ToString(), django.Line));
        Assert.DoesNotContain(guide.Sections, section => section.Title.StartsWith("When", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TiesWhenFitsSection_WhenHeadingCaseDiffersFromOption()
    {
        // Arrange
        var text = GuideText.With("## When Django Fits", "## when DJANGO fits");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Equal("when DJANGO fits", guide.FindOption("Django")!.WhenFits!.Title);
    }

    [Fact]
    public void Parse_TiesWhenFitsSection_WhenOptionNameHasSeveralWords()
    {
        // Arrange
        var text = GuideText.Small(["options: [Ruby on Rails, Node.js]"], "## When Ruby on Rails Fits", "", "Big apps.", "", "## When Node.js Fits", "", "Realtime.")
            .Replace("options: [Flask, Django]\n", "", StringComparison.Ordinal);

        // Act
        var guide = TestGuides.ParseValid(text, "rails-vs-node.md");

        // Assert
        Assert.Equal("<p>Big apps.</p>", guide.FindOption("Ruby on Rails")!.WhenFits!.Html);
        Assert.Equal("<p>Realtime.</p>", guide.FindOption("Node.js")!.WhenFits!.Html);
    }

    [Fact]
    public void Parse_LeavesWhenFitsEmpty_ForAnOptionWithoutItsSection()
    {
        // Arrange
        var text = GuideText.With("## When Django Fits\n\nUsers, models, admin.\n\n", "");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.NotNull(guide.FindOption("Flask")!.WhenFits);
        Assert.Null(guide.FindOption("Django")!.WhenFits);
    }

    [Fact]
    public void Parse_WarnsAndKeepsWhenFitsSection_WhenItNamesNoOption()
    {
        // Arrange
        var text = GuideText.With("## When Django Fits", "## When Rails Fits");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(27, warning.Line);
        Assert.Equal("'When Rails Fits' names 'Rails', which is not one of the options (Flask, Django): shown as an ordinary section", warning.Message);
        var guide = result.Guide!;
        Assert.Null(guide.FindOption("Django")!.WhenFits);
        Assert.Equal(["When Rails Fits", "Can You Switch Later?"], guide.Sections.Select(section => section.Title));
        Assert.Equal("<p>Users, models, admin.</p>", guide.Sections[0].Html);
    }

    [Fact]
    public void Parse_WarnsAndKeepsSecondWhenFitsForOneOption_AsAnOrdinarySection()
    {
        // Arrange
        var text = GuideText.With("## When Django Fits", "## When Flask Fits");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.Contains(result.Diagnostics, diagnostic => diagnostic is { IsError: false, Line: 27 }
            && diagnostic.Message == "a second 'When Flask Fits' section is shown as an ordinary section");
        var guide = result.Guide!;
        Assert.Equal("<p>APIs and prototypes.</p>", guide.FindOption("Flask")!.WhenFits!.Html);
        Assert.Equal("when-flask-fits-1", guide.Sections[0].Id);
    }

    [Fact]
    public void Parse_KeepsOtherSections_InFileOrder()
    {
        // Arrange
        var text = GuideText.With(
            "## Can You Switch Later?",
            "## Team and Maintenance Tradeoffs\n\n- Flask: day one.\n- Django: year two.\n\n## Performance\n\n```python\nprint('hi')\n```\n\n## Can You Switch Later?");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Equal(
            ["Team and Maintenance Tradeoffs", "Performance", "Can You Switch Later?"],
            guide.Sections.Select(section => section.Title));
        Assert.Equal(
            ["team-and-maintenance-tradeoffs", "performance", "can-you-switch-later"],
            guide.Sections.Select(section => section.Id));
        Assert.Equal("<ul>\n<li>Flask: day one.</li>\n<li>Django: year two.</li>\n</ul>", guide.Sections[0].Html);
        Assert.Contains("<code class=\"language-python\">", guide.Sections[1].Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeepsSectionBody_WithSubheadings()
    {
        // Arrange
        var text = GuideText.With("Yes, but it is rarely a rename.", "Yes, but:\n\n### Routes\n\nRewrite them.");

        // Act
        var section = Assert.Single(TestGuides.ParseValid(text).Sections);

        // Assert
        Assert.Equal("<p>Yes, but:</p>\n<h3 id=\"routes\">Routes <a class=\"permalink\" href=\"#routes\" aria-label=\"Link to this section: Routes\">#</a></h3>\n<p>Rewrite them.</p>", section.Html);
    }

    [Fact]
    public void Parse_RendersInlineMarkdownOfHeadings_InTitleHtml()
    {
        // Arrange
        var text = GuideText.With("## Can You Switch Later?", "## Can You Switch `pip` *Later*?");

        // Act
        var section = Assert.Single(TestGuides.ParseValid(text).Sections);

        // Assert
        Assert.Equal("Can You Switch pip Later?", section.Title);
        Assert.Equal("Can You Switch <code>pip</code> <em>Later</em>?", section.TitleHtml);
        Assert.Equal(31, section.Line);
    }

    [Fact]
    public void Parse_WarnsAboutTitleHeading_AndDoesNotShowIt()
    {
        // Arrange
        var text = GuideText.With("Flask and Django are", "# Flask vs Django\n\nFlask and Django are");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(9, warning.Line);
        Assert.Equal("a '#' heading is not shown: the page title comes from 'title' in front matter; use '##' for sections", warning.Message);
        var guide = result.Guide!;
        Assert.Equal("<p>Flask and Django are the two Python web frameworks most teams weigh first.</p>", guide.IntroductionHtml);
        Assert.DoesNotContain(guide.Sections, section => section.Title == "Flask vs Django");
    }

    [Fact]
    public void Parse_WarnsAboutTitleHeading_InTheMiddleOfTheGuide()
    {
        // Arrange
        var text = GuideText.With("## Can You Switch Later?", "# Part Two\n\n## Can You Switch Later?");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(31, warning.Line);
        Assert.DoesNotContain("Part Two", string.Concat(RenderedHtml.Parts(result.Guide!).Select(part => part.Html)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("## Sources")]
    [InlineData("## Sources Checked")]
    [InlineData("## sources checked:")]
    public void Parse_ExtractsSourceLinks_WithTitlesAndUrls(string heading)
    {
        // Arrange
        var text = GuideText.With("## Sources Checked", heading);

        // Act
        var sources = TestGuides.ParseValid(text).Sources;

        // Assert
        Assert.NotNull(sources);
        Assert.Equal(
            [new("Flask documentation", "https://flask.palletsprojects.com/"), new Model.SourceLink("Django documentation", "https://docs.djangoproject.com/")],
            sources.Links);
        Assert.Equal(45, sources.Section.Line);
        Assert.Contains("<a href=\"https://docs.djangoproject.com/\">Django documentation</a>", sources.Section.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeepsNotesAfterSourceLinks_InTheSectionHtml()
    {
        // Arrange
        var text = GuideText.With("- [Flask documentation](https://flask.palletsprojects.com/)", "- [Flask documentation](https://flask.palletsprojects.com/) — core features");

        // Act
        var sources = TestGuides.ParseValid(text).Sources!;

        // Assert
        Assert.Equal("Flask documentation", sources.Links[0].Title);
        Assert.Contains("— core features", sources.Section.Html, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WarnsAtSourcesHeading_WhenSourcesHaveNoLinks()
    {
        // Arrange
        var text = GuideText.With(
            "- [Flask documentation](https://flask.palletsprojects.com/)\n- [Django documentation](https://docs.djangoproject.com/)",
            "- The Flask documentation\n- The Django documentation");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(45, warning.Line);
        Assert.Equal("the Sources section has no links: list each source as a markdown link", warning.Message);
        Assert.Empty(result.Guide!.Sources!.Links);
    }

    [Fact]
    public void Parse_ReadsAboutTheAuthor_AsItsOwnPart()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Valid);

        // Assert
        Assert.NotNull(guide.AboutAuthor);
        Assert.Equal("about-the-author", guide.AboutAuthor.Id);
        Assert.Equal(50, guide.AboutAuthor.Line);
        Assert.Equal("<p>Joseph Nilo builds and maintains production websites.</p>", guide.AboutAuthor.Html);
        Assert.DoesNotContain(guide.Sections, section => section.Title == "About the Author");
    }

    [Fact]
    public void Parse_SortsTheValidGuide_IntoEveryPart()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Valid);

        // Assert
        Assert.NotNull(guide.QuickAnswer);
        Assert.NotNull(guide.DecisionTable);
        Assert.NotNull(guide.Faq);
        Assert.NotNull(guide.Sources);
        Assert.NotNull(guide.AboutAuthor);
        Assert.Equal("Can You Switch Later?", Assert.Single(guide.Sections).Title);
    }
}
