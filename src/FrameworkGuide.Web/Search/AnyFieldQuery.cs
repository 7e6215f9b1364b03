using System.Buffers;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// One query word in any field: a <see cref="BooleanQuery"/> of optional clauses, scored as Lucene
/// scores it (the sum of the matching clauses times their coordination factor), but summed in an
/// array over the segment's documents one clause at a time rather than merged document by document
/// through a heap. A common word is in most guides and in several fields of each: Lucene's merge
/// then cost most of a search (docs/performance.md, "Eighth round").
/// </summary>
/// <remarks>Anything but optional clauses (never built by <see cref="LuceneQuery"/>) is scored by <see cref="BooleanQuery"/> itself.</remarks>
public sealed class AnyFieldQuery : BooleanQuery
{
    public override Weight CreateWeight(IndexSearcher searcher) => new SummingWeight(this, searcher);

    private sealed class SummingWeight(AnyFieldQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            var clauses = query.Clauses;
            if (query.MinimumNumberShouldMatch > 1 || clauses.Count > byte.MaxValue || clauses.Any(clause => clause.Occur != Occur.SHOULD))
            {
                return base.GetScorer(context, acceptDocs);
            }

            var documents = context.AtomicReader.MaxDoc;
            double[]? sums = null;
            byte[]? matches = null;
            long cost = 0;
            foreach (var weight in m_weights)
            {
                if (weight.GetScorer(context, acceptDocs) is not { } clause)
                {
                    continue;
                }

                // Pooled: above about 10,600 documents a segment's sums would be a large object on every search.
                sums ??= Rent<double>(documents);
                matches ??= Rent<byte>(documents);
                cost += clause.GetCost();
                for (var doc = clause.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = clause.NextDoc())
                {
                    sums[doc] += clause.GetScore();
                    matches[doc]++;
                }
            }

            if (sums is null || matches is null)
            {
                return null;
            }

            var coord = new float[clauses.Count + 1];
            for (var matched = 0; matched < coord.Length; matched++)
            {
                coord[matched] = query.CoordDisabled ? 1f : Coord(matched, MaxCoord);
            }

            return new SummedScorer(this, documents, sums, matches, coord, cost);
        }

        private static T[] Rent<T>(int length)
        {
            var array = ArrayPool<T>.Shared.Rent(length);
            Array.Clear(array, 0, length);
            return array;
        }
    }

    /// <summary>
    /// Walks the documents some clause matched, in order, each with its summed score. The arrays go
    /// back to the pool once it has walked them all; a scorer left before the end (a conjunction
    /// stops at its shortest clause) leaves them to the collector.
    /// </summary>
    private sealed class SummedScorer(Weight weight, int documents, double[] sums, byte[] matches, float[] coord, long cost) : Scorer(weight)
    {
        private int doc = -1;

        public override int DocID => doc;

        public override int Freq => matches[doc];

        public override float GetScore() => (float)sums[doc] * coord[matches[doc]];

        public override int NextDoc() => doc == NO_MORE_DOCS ? doc : Advance(doc + 1);

        public override int Advance(int target)
        {
            var next = target < documents ? matches.AsSpan(target, documents - target).IndexOfAnyExcept((byte)0) : -1;
            if (next >= 0)
            {
                doc = target + next;
                return doc;
            }

            if (doc != NO_MORE_DOCS)
            {
                doc = NO_MORE_DOCS;
                ArrayPool<double>.Shared.Return(sums);
                ArrayPool<byte>.Shared.Return(matches);
            }

            return doc;
        }

        public override long GetCost() => cost;
    }
}
