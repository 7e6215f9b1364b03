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

        GuideText? summary = null;
        GuideText? best = null;
        GuideText? first = null;
        var bestCount = 0;
        var summaryCount = 0;
        var number = GuideTerms.Headlines;
        foreach (var part in GuideText.Of(guide))
        {
            first ??= part;
            var count = known.Matched(number++, query);
            if (part.Anchor is null)
            {
                summary = part;
                summaryCount = count;
            }

            if (count > bestCount || (count == bestCount && count > 0 && part.Weight > best!.Weight))
            {
                best = part;
                bestCount = count;
            }
        }

        if (best is { Anchor: { } anchor } && bestCount > headline)
        {
            return new SearchHit(guide, $"{guide.CanonicalPath}#{anchor}", best.Where, snippets.Make(best.Text, query));
        }

        // The guide is the match: its summary says what it is about, unless another part has more of the words.
        var quote = summary is not null && summaryCount >= bestCount ? summary : best ?? first;
        return new SearchHit(guide, guide.CanonicalPath, null, quote is null ? Snippet.None : snippets.Make(quote.Text, query));
    }
}
