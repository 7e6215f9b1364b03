using Lucene.Net.Search.Highlight;

namespace FrameworkGuide.Web.Search;

/// <summary>Cuts the best-matching stretch of a text with Lucene's highlighter and marks the matched words.</summary>
public sealed class SnippetMaker(GuideAnalyzer analyzer)
{
    /// <summary>About how many characters a snippet shows.</summary>
    public const int Length = 200;

    private const string Ellipsis = "…";

    /// <param name="terms">The analysed terms of the text that answer the query (<see cref="GuideTerms.Matching"/>): the words to mark.</param>
    public Snippet Make(string text, IReadOnlyCollection<string> terms)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(terms);

        // The marks are the formatter's; content never carries them into a snippet.
        text = text.Replace(MarkFormatter.Open, ' ').Replace(MarkFormatter.Close, ' ').Trim();
        if (text.Length == 0)
        {
            return Snippet.None;
        }

        if (terms.Count > 0 && Highlight(text, terms) is { } marked)
        {
            return Split(marked, text);
        }

        return Plain(text);
    }

    private string? Highlight(string text, IReadOnlyCollection<string> terms)
    {
        var scorer = new QueryTermScorer(terms.Select(term => new WeightedTerm(1f, term)).ToArray());
        var highlighter = new Highlighter(MarkFormatter.Instance, new DefaultEncoder(), scorer)
        {
            TextFragmenter = new SimpleFragmenter(Length),
        };
        using var stream = analyzer.Stream(text);
        try
        {
            return highlighter.GetBestTextFragments(stream, text, false, 1)
                .FirstOrDefault(fragment => fragment is { Score: > 0 })?.ToString();
        }
        catch (InvalidTokenOffsetsException)
        {
            return null;
        }
    }

    /// <summary>The highlighted fragment as parts, with an ellipsis where it starts or ends inside the text.</summary>
    private static Snippet Split(string marked, string text)
    {
        var parts = new List<SnippetPart>();
        var plain = marked.Replace(MarkFormatter.Open.ToString(), "", StringComparison.Ordinal)
            .Replace(MarkFormatter.Close.ToString(), "", StringComparison.Ordinal);
        if (!text.StartsWith(plain, StringComparison.Ordinal))
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }

        var position = 0;
        while (position < marked.Length)
        {
            var open = marked.IndexOf(MarkFormatter.Open, position);
            if (open < 0)
            {
                parts.Add(new SnippetPart(marked[position..], false));
                break;
            }

            var close = marked.IndexOf(MarkFormatter.Close, open);
            if (close < 0)
            {
                close = marked.Length;
            }

            if (open > position)
            {
                parts.Add(new SnippetPart(marked[position..open], false));
            }

            parts.Add(new SnippetPart(marked[(open + 1)..close], true));
            position = close + 1;
        }

        if (!text.EndsWith(plain, StringComparison.Ordinal))
        {
            parts.Add(new SnippetPart(Ellipsis, false));
        }

        return new Snippet(Trim(parts));
    }

    /// <summary>The start of a text that has no match, cut at a space.</summary>
    private static Snippet Plain(string text)
    {
        if (text.Length <= Length)
        {
            return new Snippet([new SnippetPart(text, false)]);
        }

        var space = text.LastIndexOf(' ', Length);
        var cut = space > Length / 2 ? space : Length;
        return new Snippet([new SnippetPart(text[..cut].TrimEnd() + Ellipsis, false)]);
    }

    /// <summary>A fragment may start or end on the spaces between words: the snippet does not.</summary>
    private static List<SnippetPart> Trim(List<SnippetPart> parts)
    {
        if (parts is [{ IsMatch: false } first, ..])
        {
            parts[0] = first with { Text = first.Text.TrimStart() };
        }

        if (parts is [.., { IsMatch: false } last])
        {
            parts[^1] = last with { Text = last.Text.TrimEnd() };
        }

        return parts.Where(part => part.Text.Length > 0).ToList();
    }
}
