using System.Runtime.CompilerServices;
using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// The terms of every guide version the site still uses: made for each guide the search index takes
/// in (<see cref="SearchIndexer"/>), or when a search shows a guide before that, and let go with the
/// guide version. A search never runs the analyser over a hit's text to find where it matched, which
/// had cost most of a search for a query nobody had asked lately. About 2 KB a guide.
/// </summary>
public sealed class GuideTermStore
{
    private readonly ConditionalWeakTable<Guide, GuideTerms> terms = new();
    private readonly ConditionalWeakTable<Guide, GuideTerms>.CreateValueCallback make;

    public GuideTermStore(GuideAnalyzer analyzer)
    {
        make = guide => GuideTerms.Of(guide, analyzer, Vocabulary);
    }

    /// <summary>The terms all guides share.</summary>
    public SearchVocabulary Vocabulary { get; } = new();

    public GuideTerms For(Guide guide)
    {
        ArgumentNullException.ThrowIfNull(guide);
        return terms.GetValue(guide, make);
    }

    /// <summary>Makes the terms of the guides that have none yet.</summary>
    public void Add(IEnumerable<Guide> guides)
    {
        ArgumentNullException.ThrowIfNull(guides);
        foreach (var guide in guides)
        {
            terms.GetValue(guide, make);
        }
    }
}
