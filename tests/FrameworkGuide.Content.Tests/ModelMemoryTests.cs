namespace FrameworkGuide.Content.Tests;

/// <summary>
/// A loaded guide stays in memory for as long as the site runs, ten thousand of them on a large
/// site: where the HTML of a heading, a need, a reason or a question is its plain text, the guide
/// keeps one copy, not two equal ones; the long texts are kept as UTF-8, half the size of a string.
/// </summary>
public class ModelMemoryTests
{
    [Fact]
    public void Parse_KeepsOneString_WhenTheHtmlOfAPieceOfTextIsTheTextItself()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Valid);

        // Assert
        var quickAnswer = Assert.IsType<Model.Section>(guide.QuickAnswer);
        Assert.Same(quickAnswer.Title, quickAnswer.TitleHtml);
        var row = guide.DecisionTable!.Rows[0];
        Assert.Equal("Less overhead.", row.Reason);
        Assert.Same(row.Need, row.NeedHtml);
        Assert.True(row.Reason.SharesBytesWith(row.ReasonHtml), "the reason's HTML and text should share one array");
        var question = guide.Faq!.Items[0];
        Assert.Same(question.Question, question.QuestionHtml);
    }

    [Fact]
    public void Parse_KeepsTheHtml_WhenItDiffersFromTheText()
    {
        // Arrange
        var text = GuideText.With("| Small API or proof of concept | Flask | Less overhead. |", "| Small API & *proof* of concept | Flask | Less `overhead`. |");

        // Act
        var row = TestGuides.ParseValid(text).DecisionTable!.Rows[0];

        // Assert
        Assert.Equal("Small API &amp; <em>proof</em> of concept", row.NeedHtml);
        Assert.Equal("Less <code>overhead</code>.", row.ReasonHtml);
        Assert.Equal("Less overhead.", row.Reason);
    }
}
