using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// The analysed terms of a guide's title, options, tags and of each part a result can link to,
/// sorted, so that counting a query's words in a part is a few binary searches instead of running
/// the analyser over the part's text on every search.
/// </summary>
public sealed class GuideTerms
{
    private GuideTerms(Guide guide, IReadOnlyList<string[]> headlines, IReadOnlyList<(GuideText Part, string[] Terms)> parts)
    {
        Version = new WeakReference<Guide>(guide);
        Headlines = headlines;
        Parts = parts;
    }

    /// <summary>The guide these terms were read from, held weakly: an edited guide is a new object.</summary>
    public WeakReference<Guide> Version { get; }

    /// <summary>The title's, the options' and the tags' terms.</summary>
    public IReadOnlyList<string[]> Headlines { get; }

    /// <summary>The summary, decision rows, sections and questions, in page order, each with its terms.</summary>
    public IReadOnlyList<(GuideText Part, string[] Terms)> Parts { get; }

    public static GuideTerms Of(Guide guide, GuideAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(guide);
        ArgumentNullException.ThrowIfNull(analyzer);

        // Parts of one guide share most of their words: each term string is kept once per guide.
        var shared = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] Sorted(string text)
        {
            var terms = analyzer.Terms(text).Select(term => shared.TryGetValue(term, out var known) ? known : shared[term] = term).ToArray();
            Array.Sort(terms, StringComparer.Ordinal);
            return terms;
        }

        var headlines = new[] { guide.Title, string.Join(", ", guide.Options.Select(option => option.Name)), string.Join(", ", guide.Tags.Select(tag => tag.Name)) }
            .Select(Sorted)
            .ToArray();
        var parts = GuideText.Of(guide).Select(part => (part, Sorted(part.Text))).ToArray();
        return new GuideTerms(guide, headlines, parts);
    }

    /// <summary>How many of the query's words the sorted terms have.</summary>
    public static int Matched(string[] sortedTerms, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(sortedTerms);
        ArgumentNullException.ThrowIfNull(query);
        return query.Words.Count(word => Has(sortedTerms, word));
    }

    private static bool Has(string[] sortedTerms, QueryWord word)
    {
        if (Array.BinarySearch(sortedTerms, word.Term, StringComparer.Ordinal) >= 0)
        {
            return true;
        }

        if (word.Prefix is not { } prefix)
        {
            return false;
        }

        // The first term not below the prefix is the only one that can start with it, if any does.
        var at = Array.BinarySearch(sortedTerms, prefix, StringComparer.Ordinal);
        at = at >= 0 ? at : ~at;
        return at < sortedTerms.Length && sortedTerms[at].StartsWith(prefix, StringComparison.Ordinal);
    }
}
