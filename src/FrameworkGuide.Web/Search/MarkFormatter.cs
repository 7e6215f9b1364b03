using Lucene.Net.Search.Highlight;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// Marks matched words with two private-use characters instead of HTML, so the highlighter never
/// writes markup: <see cref="SnippetMaker"/> splits its output at the marks and the view encodes the text.
/// </summary>
public sealed class MarkFormatter : IFormatter
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    public static MarkFormatter Instance { get; } = new();

    public string HighlightTerm(string originalText, TokenGroup tokenGroup) =>
        tokenGroup.TotalScore > 0 ? $"{Open}{originalText}{Close}" : originalText;
}
