using Lucene.Net.Index;
using Lucene.Net.Search;

namespace FrameworkGuide.Web.Search;

/// <summary>Turns a <see cref="SearchQuery"/> into a Lucene query built term by term: nothing the reader typed is parsed as syntax.</summary>
public static class LuceneQuery
{
    /// <summary>A prefix match counts a little less than the whole word.</summary>
    private const float PrefixWeight = 0.8f;

    /// <summary>
    /// A word in this many times as many guides as the query's rarest word is left to Lucene's own
    /// scorer, which skips to the guides that have the rarer words instead of adding up all its own.
    /// </summary>
    private const int SkipRatio = 8;

    /// <param name="everyWord">True: a guide must have every word, each in any field. False: any word will do.</param>
    /// <param name="reader">The index searched, whose counts say which words are common.</param>
    public static Query For(SearchQuery query, bool everyWord, IndexReader reader)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(reader);
        if (!everyWord || query.Words.Count < 2)
        {
            // Lucene scores a query of optional words in bulk, summing as AnyFieldQuery does.
            return Build(query, everyWord, _ => new AnyFieldQuery());
        }

        // How common a word is, from the field of the guides' running text: one look-up, not nine.
        var guides = query.Words.ToDictionary(word => word, word => reader.DocFreq(new Term(SearchFields.Text, word.Term)));
        var rarest = guides.Values.Min();
        return Build(query, everyWord, word => guides[word] > (long)rarest * SkipRatio ? new BooleanQuery() : new AnyFieldQuery());
    }

    /// <summary>
    /// The same query with each word a plain <see cref="BooleanQuery"/>, which Lucene's own scorers
    /// score: the measure <see cref="AnyFieldQuery"/> is held to in its tests and benchmarks.
    /// </summary>
    public static Query ScoredByLucene(SearchQuery query, bool everyWord) => Build(query, everyWord, _ => new BooleanQuery());

    private static BooleanQuery Build(SearchQuery query, bool everyWord, Func<QueryWord, BooleanQuery> anyField)
    {
        var all = new BooleanQuery();
        foreach (var word in query.Words)
        {
            all.Add(AnyField(word, anyField(word)), everyWord ? Occur.MUST : Occur.SHOULD);
        }

        return all;
    }

    private static BooleanQuery AnyField(QueryWord word, BooleanQuery any)
    {
        foreach (var (field, boost) in SearchFields.Weighted)
        {
            any.Add(new TermQuery(new Term(field, word.Term)) { Boost = boost }, Occur.SHOULD);
            if (word.Prefix is { } prefix)
            {
                any.Add(new PrefixQuery(new Term(field, prefix)) { Boost = boost * PrefixWeight }, Occur.SHOULD);
            }
        }

        return any;
    }
}
