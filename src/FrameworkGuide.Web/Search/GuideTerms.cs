using FrameworkGuide.Content.Model;
using Lucene.Net.Analysis.TokenAttributes;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// The analysed terms of each part of a guide a result can count the query's words in: its title,
/// options and tags (<see cref="Headlines"/>), then each part <see cref="GuideText.Of"/> gives, in
/// that order. Each part's terms are numbers of a <see cref="SearchVocabulary"/>, sorted, so that
/// counting a query's words is a few binary searches instead of running the analyser over the part.
/// </summary>
public sealed class GuideTerms
{
    /// <summary>Parts 0 to 2: the title, the options, the tags.</summary>
    public const int Headlines = 3;

    private readonly SearchVocabulary vocabulary;

    /// <summary>Each part's term numbers, sorted, one part after the other.</summary>
    private readonly int[] terms;

    /// <summary>Where each part's numbers end in <see cref="terms"/>.</summary>
    private readonly int[] ends;

    private GuideTerms(SearchVocabulary vocabulary, int[] terms, int[] ends)
    {
        this.vocabulary = vocabulary;
        this.terms = terms;
        this.ends = ends;
    }

    /// <summary>How many parts there are: <see cref="Headlines"/> and one for each of <see cref="GuideText.Of"/>.</summary>
    public int Count => ends.Length;

    public static GuideTerms Of(Guide guide, GuideAnalyzer analyzer, SearchVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(guide);
        var headlines = new[] { guide.Title, string.Join(", ", guide.Options.Select(option => option.Name)), string.Join(", ", guide.Tags.Select(tag => tag.Name)) };
        return Of(headlines.Concat(GuideText.Of(guide).Select(part => part.Text)), analyzer, vocabulary);
    }

    /// <summary>The terms of each of these texts, in order.</summary>
    public static GuideTerms Of(IEnumerable<string> parts, GuideAnalyzer analyzer, SearchVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(parts);
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(vocabulary);
        var terms = new List<int>();
        var ends = new List<int>();
        foreach (var part in parts)
        {
            var start = terms.Count;
            using (var stream = analyzer.Stream(part))
            {
                // Read from the analyser's buffer: no string for a term the vocabulary has.
                var term = stream.AddAttribute<ICharTermAttribute>();
                stream.Reset();
                while (stream.IncrementToken())
                {
                    terms.Add(vocabulary.Add(term.Buffer.AsSpan(0, term.Length)));
                }

                stream.End();
            }

            terms.Sort(start, terms.Count - start, null);
            KeepDistinct(terms, start);
            ends.Add(terms.Count);
        }

        return new GuideTerms(vocabulary, [.. terms], [.. ends]);
    }

    /// <summary>Drops the repeats from the sorted numbers after <paramref name="start"/>.</summary>
    private static void KeepDistinct(List<int> terms, int start)
    {
        var kept = start;
        for (var at = start; at < terms.Count; at++)
        {
            if (at == start || terms[at] != terms[kept - 1])
            {
                terms[kept++] = terms[at];
            }
        }

        terms.RemoveRange(kept, terms.Count - kept);
    }

    /// <summary>How many of the query's words part <paramref name="part"/> has.</summary>
    public int Matched(int part, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var numbers = Part(part);
        var matched = 0;
        foreach (var word in query.Words)
        {
            if (Has(numbers, word))
            {
                matched++;
            }
        }

        return matched;
    }

    /// <summary>The terms of part <paramref name="part"/> that answer a word of the query: the words a snippet of it marks.</summary>
    public List<string> Matching(int part, SearchQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var matching = new List<string>();
        foreach (var number in Part(part))
        {
            var term = vocabulary[number];
            if (query.Words.Any(word => word.Matches(term)))
            {
                matching.Add(term);
            }
        }

        return matching;
    }

    private ReadOnlySpan<int> Part(int part)
    {
        var start = part == 0 ? 0 : ends[part - 1];
        return terms.AsSpan(start, ends[part] - start);
    }

    private bool Has(ReadOnlySpan<int> numbers, QueryWord word)
    {
        if (vocabulary.Find(word.Term) is var number and >= 0 && numbers.BinarySearch(number) >= 0)
        {
            return true;
        }

        if (word.Prefix is not { } prefix)
        {
            return false;
        }

        foreach (var other in numbers)
        {
            if (vocabulary[other].StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
