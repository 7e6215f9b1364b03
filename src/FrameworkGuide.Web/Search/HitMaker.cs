using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// Finds where in a guide the query matched best, to link there and quote it. A decision row,
/// question or section wins the link only when it has more of the query's words than the title,
/// options and tags have: otherwise the guide as a whole is the match and the link goes to its top.
/// </summary>
public sealed class HitMaker(GuideTermStore terms, SnippetMaker snippets)
{
    public SearchHit For(Guide guide, SearchQuery query)
    {
        var known = terms.For(guide);
        var headline = Enumerable.Range(0, GuideTerms.Headlines).Max(part => known.Matched(part, query));

        // Each part with its number among the guide's terms.
        (GuideText Text, int Number)? summary = null, best = null, first = null;
        var bestCount = 0;
        var summaryCount = 0;
        var number = GuideTerms.Headlines;
        foreach (var text in GuideText.Of(guide))
        {
            (GuideText Text, int Number) part = (text, number++);
            first ??= part;
            var count = known.Matched(part.Number, query);
            if (text.Anchor is null)
            {
                summary = part;
                summaryCount = count;
            }

            if (count > bestCount || (count == bestCount && count > 0 && text.Weight > best!.Value.Text.Weight))
            {
                best = part;
                bestCount = count;
            }
        }

        if (best is ({ Anchor: { } anchor } bestText, var bestNumber) && bestCount > headline)
        {
            return new SearchHit(guide, $"{guide.CanonicalPath}#{anchor}", bestText.Where, Quote(known, bestText, bestNumber, query));
        }

        // The guide is the match: its summary says what it is about, unless another part has more of the words.
        var quote = summary is not null && summaryCount >= bestCount ? summary : best ?? first;
        return new SearchHit(guide, guide.CanonicalPath, null, quote is var (quoteText, quoteNumber) ? Quote(known, quoteText, quoteNumber, query) : Snippet.None);
    }

    private Snippet Quote(GuideTerms known, GuideText part, int number, SearchQuery query) =>
        snippets.Make(part.Text, known.Matching(number, query));
}
