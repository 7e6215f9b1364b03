using Lucene.Net.Analysis;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// The one English analysis the index, the queries and the snippets share: lower case, stop words
/// out, Porter stems, so "Databases" and "database" meet as <c>databas</c>. Thread-safe.
/// </summary>
public sealed class GuideAnalyzer : IDisposable
{
    public static LuceneVersion Version => LuceneVersion.LUCENE_48;

    public Analyzer Analyzer { get; } = new EnglishAnalyzer(Version);

    /// <summary>The terms of a text, each with where its word stands in the text.</summary>
    public List<AnalyzedToken> Tokens(string text)
    {
        var tokens = new List<AnalyzedToken>();
        using var stream = Stream(text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add(new AnalyzedToken(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return tokens;
    }

    /// <summary>A token stream over the text; the caller disposes it.</summary>
    public TokenStream Stream(string text) => Analyzer.GetTokenStream(SearchFields.Text, text);

    public void Dispose() => Analyzer.Dispose();
}
