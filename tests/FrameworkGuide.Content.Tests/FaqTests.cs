namespace FrameworkGuide.Content.Tests;

public class FaqTests
{
    [Fact]
    public void Parse_ReadsEachQuestion_WithIdAnswerAndLine()
    {
        // Act
        var faq = TestGuides.ParseValid(GuideText.Valid).Faq;

        // Assert
        Assert.NotNull(faq);
        Assert.Equal("faq", faq.Section.Id);
        Assert.Equal(35, faq.Section.Line);
        Assert.Collection(
            faq.Items,
            item =>
            {
                Assert.Equal("is-flask-easier-than-django", item.Id);
                Assert.Equal("Is Flask easier than Django?", item.Question);
                Assert.Equal("Is Flask easier than Django?", item.QuestionHtml);
                Assert.Equal("<p>At first.</p>", item.AnswerHtml);
                Assert.Equal(37, item.Line);
            },
            item =>
            {
                Assert.Equal("is-django-too-heavy-for-small-projects", item.Id);
                Assert.Equal("<p>Not always.</p>", item.AnswerHtml);
                Assert.Equal(41, item.Line);
            });
    }

    [Fact]
    public void Parse_KeepsFourthLevelHeadingInsideTheAnswer()
    {
        // Arrange
        var text = GuideText.With("At first.", "At first.\n\n#### In the long run\n\nDjango can be easier.");

        // Act
        var items = TestGuides.ParseValid(text).Faq!.Items;

        // Assert
        Assert.Equal(2, items.Count);
        Assert.Equal("<p>At first.</p>\n<h4 id=\"in-the-long-run\">In the long run <a class=\"permalink\" href=\"#in-the-long-run\" aria-label=\"Link to this section: In the long run\">#</a></h4>\n<p>Django can be easier.</p>", items[0].AnswerHtml);
        Assert.Equal("<p>Not always.</p>", items[1].AnswerHtml);
    }

    [Fact]
    public void Parse_KeepsEveryBlockOfAnAnswer_UntilTheNextQuestion()
    {
        // Arrange
        var text = GuideText.With("At first.", "At first.\n\n- fewer files\n- less to learn\n\n> A quote.");

        // Act
        var answer = TestGuides.ParseValid(text).Faq!.Items[0].AnswerHtml;

        // Assert
        var document = RenderedHtml.Parse(answer);
        Assert.Equal(2, document.QuerySelectorAll("li").Length);
        Assert.Equal("A quote.", document.QuerySelector("blockquote")!.TextContent.Trim());
        Assert.DoesNotContain("Not always", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_KeepsTextBeforeTheFirstQuestion_AsTheFaqIntroduction()
    {
        // Arrange
        var text = GuideText.With("## FAQ\n", "## FAQ\n\nQuestions readers ask.\n");

        // Act
        var faq = TestGuides.ParseValid(text).Faq!;

        // Assert
        Assert.Equal("<p>Questions readers ask.</p>", faq.Section.Html);
        Assert.Equal(2, faq.Items.Count);
    }

    [Fact]
    public void Parse_RendersInlineMarkdownOfQuestions_InQuestionHtml()
    {
        // Arrange
        var text = GuideText.With("### Is Flask easier than Django?", "### Is `flask run` easier than *manage.py*?");

        // Act
        var item = TestGuides.ParseValid(text).Faq!.Items[0];

        // Assert
        Assert.Equal("Is flask run easier than manage.py?", item.Question);
        Assert.Equal("Is <code>flask run</code> easier than <em>manage.py</em>?", item.QuestionHtml);
        Assert.Equal("is-flask-run-easier-than-managepy", item.Id);
    }

    [Theory]
    [InlineData("## FAQ")]
    [InlineData("## FAQs")]
    [InlineData("## Frequently Asked Questions")]
    [InlineData("## faq")]
    public void Parse_RecognisesFaqSection_ByAnyOfItsNames(string heading)
    {
        // Arrange
        var text = GuideText.With("## FAQ", heading);

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.NotNull(guide.Faq);
        Assert.Equal(2, guide.Faq.Items.Count);
    }

    [Fact]
    public void Parse_WarnsAndShowsFaqAsOrdinarySection_WhenItHasNoQuestions()
    {
        // Arrange
        var text = GuideText.With(
            "### Is Flask easier than Django?\n\nAt first.\n\n### Is Django too heavy for small projects?\n\nNot always.",
            "Flask is easier at first.");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(35, warning.Line);
        Assert.Equal("the FAQ section has no questions ('###' headings): shown as an ordinary section", warning.Message);
        var guide = result.Guide!;
        Assert.Null(guide.Faq);
        var section = Assert.Single(guide.Sections, section => section.Title == "FAQ");
        Assert.Equal("<p>Flask is easier at first.</p>", section.Html);
    }

    [Fact]
    public void Parse_GivesRepeatedQuestionsDistinctIds()
    {
        // Arrange
        var text = GuideText.With("### Is Django too heavy for small projects?", "### Is Flask easier than Django?");

        // Act
        var items = TestGuides.ParseValid(text).Faq!.Items;

        // Assert
        Assert.Equal(["is-flask-easier-than-django", "is-flask-easier-than-django-1"], items.Select(item => item.Id));
    }

    [Fact]
    public void Parse_LeavesFaqEmpty_WhenGuideHasNoFaqSection()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Small(), "small-guide.md");

        // Assert
        Assert.Null(guide.Faq);
    }
}
