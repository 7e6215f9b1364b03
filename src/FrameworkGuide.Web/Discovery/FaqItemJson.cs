namespace FrameworkGuide.Web.Discovery;

/// <param name="Id">The question's fragment on the guide page and the FAQ page.</param>
/// <param name="Answer">The answer as plain text, the words the page shows.</param>
public sealed record FaqItemJson(string Id, string Question, string Answer);
