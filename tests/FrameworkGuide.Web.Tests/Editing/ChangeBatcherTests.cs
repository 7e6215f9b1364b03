using System.Threading.Channels;
using FrameworkGuide.Web.Editing;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Web.Tests.Editing;

/// <summary>
/// The batching of saves, on a fake clock: the channel runs continuations inline, so each write
/// leaves the batcher waiting on the fake clock, and time moves only when a test advances it.
/// </summary>
public sealed class ChangeBatcherTests : IAsyncDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromMilliseconds(250);

    private readonly Channel<ContentChange> changes = Channel.CreateUnbounded<ContentChange>(new UnboundedChannelOptions { AllowSynchronousContinuations = true });
    private readonly FakeTimeProvider clock = new();
    private readonly CancellationTokenSource stop = new();
    private readonly IAsyncEnumerator<ChangeBatch> batches;

    public ChangeBatcherTests()
    {
        batches = ChangeBatcher.BatchAsync(changes.Reader, clock, Quiet, MaxDelay, stop.Token).GetAsyncEnumerator();
    }

    [Fact]
    public async Task OneSave_IsAppliedOnceTheFolderIsQuiet()
    {
        var next = batches.MoveNextAsync().AsTask();

        Save("/content/a.md");
        clock.Advance(Quiet - TimeSpan.FromMilliseconds(1));
        Assert.False(next.IsCompleted);
        clock.Advance(TimeSpan.FromMilliseconds(1));

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Equal(["/content/a.md"], batches.Current.Paths);
        Assert.False(batches.Current.Rescan);
    }

    [Fact]
    public async Task BurstOfFiftySaves_BecomesOneBatchWithEveryFile()
    {
        var next = batches.MoveNextAsync().AsTask();

        for (var i = 0; i < 50; i++)
        {
            Save($"/content/guide-{i % 10}.md");
            clock.Advance(TimeSpan.FromMilliseconds(4));
        }

        Assert.False(next.IsCompleted);
        clock.Advance(Quiet);

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Equal(10, batches.Current.Paths.Count);
    }

    [Fact]
    public async Task EndlessSaves_AreStillAppliedAfterTheLongestDelay()
    {
        var next = batches.MoveNextAsync().AsTask();

        var elapsed = TimeSpan.Zero;
        while (!next.IsCompleted && elapsed < MaxDelay * 2)
        {
            Save("/content/busy.md");
            clock.Advance(TimeSpan.FromMilliseconds(10));
            elapsed += TimeSpan.FromMilliseconds(10);
            await Task.Yield();
        }

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.InRange(elapsed, MaxDelay, MaxDelay + Quiet + TimeSpan.FromMilliseconds(20));
    }

    [Fact]
    public async Task FolderEventInABurst_AsksForAFullRescan()
    {
        var next = batches.MoveNextAsync().AsTask();

        Save("/content/a.md");
        changes.Writer.TryWrite(ContentChange.Rescan);
        clock.Advance(Quiet);

        Assert.True(await next.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.True(batches.Current.Rescan);
    }

    [Fact]
    public async Task SavesAfterABatch_StartTheNextBatch()
    {
        var first = batches.MoveNextAsync().AsTask();
        Save("/content/a.md");
        clock.Advance(Quiet);
        Assert.True(await first.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));

        var second = batches.MoveNextAsync().AsTask();
        Save("/content/b.md");
        clock.Advance(Quiet);

        Assert.True(await second.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken));
        Assert.Equal(["/content/b.md"], batches.Current.Paths);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        stop.Dispose();
        try
        {
            await batches.DisposeAsync();
        }
        catch (OperationCanceledException)
        {
        }
    }

    private void Save(string path) => Assert.True(changes.Writer.TryWrite(new ContentChange(path)));
}
