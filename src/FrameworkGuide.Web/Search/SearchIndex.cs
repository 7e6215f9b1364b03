using FrameworkGuide.Content.Loading;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// The in-memory index of one <see cref="ContentSet"/>, never changed once opened. Readers take a
/// reference for the length of one search (<see cref="TryAcquire"/>, <see cref="Release"/>); the
/// index closes when the site has moved on to a newer one and the last reader is done.
/// </summary>
public sealed class SearchIndex : IDisposable, IReaderDisposedListener
{
    private readonly RAMDirectory? ownDirectory;
    private readonly DirectoryReader reader;
    private int disposed;

    private SearchIndex(ContentSet set, DirectoryReader reader, RAMDirectory? ownDirectory)
    {
        Set = set;
        this.reader = reader;
        this.ownDirectory = ownDirectory;
        reader.AddReaderDisposedListener(this);
        Searcher = new IndexSearcher(reader);
    }

    /// <summary>The content this index was built from: a search shows these guides, not newer ones.</summary>
    public ContentSet Set { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>The index of <paramref name="set"/> that <paramref name="reader"/> shows, over a directory someone else keeps (<see cref="SearchIndexWriter"/>).</summary>
    public static SearchIndex Open(ContentSet set, DirectoryReader reader) => new(set, reader, ownDirectory: null);

    /// <summary>Indexes every served guide of the set in a directory of its own, closed with the index.</summary>
    public static SearchIndex Build(ContentSet set, GuideAnalyzer analyzer)
    {
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(GuideAnalyzer.Version, analyzer.Analyzer)
        {
            OpenMode = OpenMode.CREATE,
            RAMBufferSizeMB = 64,
            MergeScheduler = new SerialMergeScheduler(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var guide in set.Guides)
            {
                writer.AddDocument(GuideDocument.For(guide));
            }

            writer.Commit();
        }

        return new SearchIndex(set, DirectoryReader.Open(directory), directory);
    }

    /// <summary>Takes a reference for one search; false once the index has closed.</summary>
    public bool TryAcquire() => reader.TryIncRef();

    public void Release() => reader.DecRef();

    /// <summary>Gives up the builder's reference: the index closes when the last search using it ends.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            reader.DecRef();
        }
    }

    void IReaderDisposedListener.OnDispose(IndexReader closed) => ownDirectory?.Dispose();
}
