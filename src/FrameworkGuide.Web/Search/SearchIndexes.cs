using FrameworkGuide.Content.Loading;

namespace FrameworkGuide.Web.Search;

/// <summary>
/// Holds the index the site searches. A search reads one index from start to end; publishing a
/// newer one swaps a single reference and lets the old one close once its last search is done.
/// </summary>
public sealed class SearchIndexes(GuideAnalyzer analyzer) : IDisposable
{
    private readonly TaskCompletionSource first = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SearchIndex current = SearchIndex.Build(ContentSet.Empty, analyzer);

    /// <summary>The content set of the index searches use now.</summary>
    public ContentSet Set => Volatile.Read(ref current).Set;

    /// <summary>True once the first index of the content is published; until then the index is empty.</summary>
    public bool IsReady => first.Task.IsCompleted;

    public void Publish(SearchIndex next)
    {
        Interlocked.Exchange(ref current, next).Dispose();
        first.TrySetResult();
    }

    /// <summary>Waits for the first index, at most <paramref name="timeout"/>; false when it is still being built.</summary>
    public async Task<bool> WaitUntilReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (IsReady)
        {
            return true;
        }

        try
        {
            await first.Task.WaitAsync(timeout, cancellationToken);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    /// <summary>Runs <paramref name="read"/> over one index, which stays open until it returns.</summary>
    public T Read<T>(Func<SearchIndex, T> read)
    {
        var index = Acquire();
        try
        {
            return read(index);
        }
        finally
        {
            index.Release();
        }
    }

    public void Dispose() => Volatile.Read(ref current).Dispose();

    private SearchIndex Acquire()
    {
        while (true)
        {
            var index = Volatile.Read(ref current);
            if (index.TryAcquire())
            {
                return index;
            }

            // It closed between the read and the acquire: a newer one has been published, unless we are shutting down.
            ObjectDisposedException.ThrowIf(ReferenceEquals(index, Volatile.Read(ref current)), this);
        }
    }
}
