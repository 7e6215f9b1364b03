using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace FrameworkGuide.Web.Editing;

/// <summary>Tells every open live-reload connection which guides a reload changed.</summary>
public sealed class ContentEvents
{
    private readonly Lock gate = new();
    private readonly List<Channel<ContentReloaded>> listeners = [];

    private long version;

    public void Publish(ContentReloaded reloaded)
    {
        Interlocked.Exchange(ref version, reloaded.Version);
        lock (gate)
        {
            foreach (var listener in listeners)
            {
                listener.Writer.TryWrite(reloaded);
            }
        }
    }

    /// <summary>
    /// The reloads from now on, until the caller goes away. The first item names no guide: it
    /// answers at once, so the browser knows the stream is open.
    /// </summary>
    public async IAsyncEnumerable<ContentReloaded> ListenAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        yield return new ContentReloaded(Interlocked.Read(ref version), []);
        var channel = Channel.CreateBounded<ContentReloaded>(new BoundedChannelOptions(16) { FullMode = BoundedChannelFullMode.DropOldest });
        lock (gate)
        {
            listeners.Add(channel);
        }

        try
        {
            while (await WaitForMoreAsync(channel.Reader, cancellationToken))
            {
                while (channel.Reader.TryRead(out var reloaded))
                {
                    yield return reloaded;
                }
            }
        }
        finally
        {
            lock (gate)
            {
                listeners.Remove(channel);
            }
        }
    }

    /// <summary>False once the browser has gone: closing a tab ends the stream, it is not an error.</summary>
    private static async Task<bool> WaitForMoreAsync(ChannelReader<ContentReloaded> reader, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.WaitToReadAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
