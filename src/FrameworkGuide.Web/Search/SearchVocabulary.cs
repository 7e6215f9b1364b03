using System.Collections.Concurrent;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// Every analysed term of the guides' parts, each kept once under a number, so that the terms of a
/// guide (<see cref="GuideTerms"/>) are numbers rather than strings of their own: at 10,000 guides
/// a vocabulary of a few thousand strings instead of some 250 strings a guide. It only grows (the
/// terms of a guide since edited or deleted stay), by what editors write. Thread-safe.
/// </summary>
public sealed class SearchVocabulary
{
    private readonly ConcurrentDictionary<string, int> numbers = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private string[] terms = new string[1024];
    private int count;

    /// <summary>How many terms it holds.</summary>
    public int Count => Volatile.Read(ref count);

    /// <summary>The term with this number.</summary>
    public string this[int number] => Volatile.Read(ref terms)[number];

    /// <summary>The term's number, given it now if it had none: a string is made only for a new term.</summary>
    public int Add(ReadOnlySpan<char> term)
    {
        var known = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(term, out var number))
        {
            return number;
        }

        lock (gate)
        {
            if (known.TryGetValue(term, out number))
            {
                return number;
            }

            if (count == terms.Length)
            {
                var grown = new string[count * 2];
                Array.Copy(terms, grown, count);
                Volatile.Write(ref terms, grown);
            }

            // The term is in place before its number can be read anywhere.
            var text = term.ToString();
            terms[count] = text;
            number = count;
            Volatile.Write(ref count, count + 1);
            numbers[text] = number;
            return number;
        }
    }

    /// <summary>The term's number; -1 when no guide part has the term.</summary>
    public int Find(string term) => numbers.TryGetValue(term, out var number) ? number : -1;
}
