using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// Indexes each content set the site moves to in one in-memory index kept for the site's
/// lifetime. The first set is indexed whole; after that only the guides that are new objects are
/// indexed again (a reload makes new objects only for the files that changed, so an edit of one
/// guide indexes one guide, not 10,000), and the guides that left the set are deleted. Each set
/// gets a point-in-time reader of its own (<see cref="SearchIndex"/>), so a search in progress
/// keeps the index it started with. One caller at a time: the <see cref="SearchIndexer"/>.
/// </summary>
public sealed class SearchIndexWriter : IDisposable
{
    private readonly RAMDirectory directory = new();
    private readonly IndexWriter writer;
    private Dictionary<string, Guide> indexed = new(StringComparer.Ordinal);

    public SearchIndexWriter(GuideAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        writer = new IndexWriter(directory, new IndexWriterConfig(GuideAnalyzer.Version, analyzer.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
            MergeScheduler = new SerialMergeScheduler(),
        });
    }

    /// <summary>Brings the index to <paramref name="set"/>.</summary>
    /// <returns>The index of the set, and how many guides were indexed or deleted to get there.</returns>
    public (SearchIndex Index, int Changed) Index(ContentSet set)
    {
        ArgumentNullException.ThrowIfNull(set);
        var changed = 0;
        var next = new Dictionary<string, Guide>(set.Guides.Count, StringComparer.Ordinal);
        foreach (var guide in set.Guides)
        {
            next[guide.Slug] = guide;
            if (!indexed.TryGetValue(guide.Slug, out var old))
            {
                writer.AddDocument(GuideDocument.For(guide));
                changed++;
            }
            else if (!ReferenceEquals(old, guide))
            {
                writer.UpdateDocument(SlugTerm(guide.Slug), GuideDocument.For(guide));
                changed++;
            }
        }

        foreach (var slug in indexed.Keys.Where(slug => !next.ContainsKey(slug)))
        {
            writer.DeleteDocuments(SlugTerm(slug));
            changed++;
        }

        // Only once the reader is open is the new set the indexed one: a failure leaves the old
        // one in place, so the next set compares against what the index last showed.
        var index = SearchIndex.Open(set, DirectoryReader.Open(writer, applyAllDeletes: true));
        indexed = next;
        return (index, changed);
    }

    public void Dispose()
    {
        writer.Dispose();
        directory.Dispose();
    }

    private static Term SlugTerm(string slug) => new(SearchFields.Slug, slug);
}
