namespace FrameworkGuide.Content.Model;

/// <param name="Id">The question heading's id.</param>
/// <param name="Question">The question as plain text.</param>
/// <param name="AnswerHtml">The answer as safe HTML.</param>
/// <param name="Line">1-based line of the question.</param>
public sealed record FaqItem(string Id, string Question, string QuestionHtml, Utf8Text AnswerHtml, int Line)
{
    /// <summary>The answer as plain text, the same words the page shows.</summary>
    public Utf8Text AnswerText { get; init; }
}
