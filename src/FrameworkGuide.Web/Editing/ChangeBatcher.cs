using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace FrameworkGuide.Web.Editing;

/// <summary>
/// Groups a burst of changes into one batch: a batch closes once no change has arrived for
/// <c>quiet</c>, or <c>maxDelay</c> after its first change, whichever comes first, so an editor
/// saving ten times or a checkout touching hundreds of files causes one reload.
/// </summary>
public static class ChangeBatcher
{
    public static async IAsyncEnumerable<ChangeBatch> BatchAsync(
        ChannelReader<ContentChange> changes,
        TimeProvider clock,
        TimeSpan quiet,
        TimeSpan maxDelay,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await changes.WaitToReadAsync(cancellationToken))
        {
            var paths = new HashSet<string>(StringComparer.Ordinal);
            var rescan = false;
            var deadline = clock.GetUtcNow() + maxDelay;
            while (true)
            {
                while (changes.TryRead(out var change))
                {
                    if (change.Path is null)
                    {
                        rescan = true;
                    }
                    else
                    {
                        paths.Add(change.Path);
                    }
                }

                var wait = Min(quiet, deadline - clock.GetUtcNow());
                if (wait <= TimeSpan.Zero || !await MoreWithinAsync(changes, clock, wait, cancellationToken))
                {
                    break;
                }
            }

            yield return new ChangeBatch(paths, rescan);
        }
    }

    /// <summary>True when a change arrives within <paramref name="wait"/> on <paramref name="clock"/>.</summary>
    private static async Task<bool> MoreWithinAsync(ChannelReader<ContentChange> changes, TimeProvider clock, TimeSpan wait, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(wait, clock, timeout.Token);
        var more = changes.WaitToReadAsync(timeout.Token).AsTask();
        var first = await Task.WhenAny(delay, more);
        timeout.Cancel();
        cancellationToken.ThrowIfCancellationRequested();
        return first == more && more.IsCompletedSuccessfully && more.Result;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
