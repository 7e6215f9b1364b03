using FrameworkGuide.Web.Memory;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Web.Tests.Memory;

/// <summary>The heap is compacted and given back only in a quiet second, and only after it grew since the last time.</summary>
public sealed class IdleMemoryTrimmerTests
{
    private const long MiB = 1024 * 1024;

    private readonly FakeTimeProvider clock = new();
    private readonly FakeHeap heap = new() { Committed = 700 * MiB, AfterCompaction = 320 * MiB };

    [Fact]
    public async Task Trimmer_WaitsForAQuietSecond_ThenTrimsOnce_UntilTheHeapGrowsAgain()
    {
        using var trimmer = Trimmer(new MemoryOptions());
        await trimmer.StartAsync(TestContext.Current.CancellationToken);
        await Until(() => heap.AllocationReadings > 0);

        await Tick(allocated: 200 * MiB);
        await Tick(allocated: 50 * MiB);
        Assert.Equal(0, heap.Compactions);

        await Tick(allocated: 1 * MiB);
        Assert.Equal(1, heap.Compactions);

        await Tick(allocated: 0);
        await Tick(allocated: 2 * MiB);
        Assert.Equal(1, heap.Compactions);

        heap.Committed = 400 * MiB;
        await Tick(allocated: 0);
        Assert.Equal(2, heap.Compactions);

        await trimmer.StopAsync(TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Trimmer_SwitchedOff_NeverCollects()
    {
        using var trimmer = Trimmer(new MemoryOptions { TrimWhenIdle = false });
        await trimmer.StartAsync(TestContext.Current.CancellationToken);

        clock.Advance(TimeSpan.FromSeconds(10));
        await Task.Delay(50, TestContext.Current.CancellationToken);

        Assert.Equal(0, heap.Compactions);
        Assert.Equal(0, heap.Readings);
    }

    [Theory]
    [InlineData(5 * MiB, 500 * MiB, false)] // busy: requests would wait on the collection
    [InlineData(1 * MiB, 60 * MiB, false)] // quiet, but too little to give back
    [InlineData(1 * MiB, 64 * MiB, true)]
    [InlineData(0, 900 * MiB, true)]
    public void ShouldTrim_NeedsAQuietIntervalAndGrowth(long allocated, long committed, bool expected)
    {
        var policy = new IdleTrimPolicy(64 * MiB, 4 * MiB);

        Assert.Equal(expected, policy.ShouldTrim(allocated, committed));
    }

    [Fact]
    public void ShouldTrim_CountsGrowthFromWhatTheLastTrimKept()
    {
        var policy = new IdleTrimPolicy(64 * MiB, 4 * MiB);
        policy.Trimmed(320 * MiB);

        Assert.False(policy.ShouldTrim(0, 380 * MiB));
        Assert.True(policy.ShouldTrim(0, 384 * MiB));
    }

    private IdleMemoryTrimmer Trimmer(MemoryOptions options) =>
        new(heap, Options.Create(options), clock, NullLogger<IdleMemoryTrimmer>.Instance);

    /// <summary>One interval in which the site allocated <paramref name="allocated"/> bytes; returns once the trimmer has looked.</summary>
    private async Task Tick(long allocated)
    {
        var readings = heap.Readings;
        heap.Allocated += allocated;
        var allocationReadings = heap.AllocationReadings;
        clock.Advance(IdleMemoryTrimmer.Interval);

        // The tick is over when the trimmer has read the allocations again, for the next interval.
        await Until(() => heap.Readings > readings && heap.AllocationReadings >= allocationReadings + 2);
    }

    private static async Task Until(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(5, TestContext.Current.CancellationToken);
        }

        Assert.True(condition(), "the trimmer did not get there in 10 s");
    }

    private sealed class FakeHeap : IManagedHeap
    {
        private long committed;
        private long allocated;
        private int readings;
        private int allocationReadings;

        public long Allocated
        {
            get => Volatile.Read(ref allocated);
            set => Volatile.Write(ref allocated, value);
        }

        /// <summary>How many times the trimmer read the allocations: at start, then twice per interval.</summary>
        public int AllocationReadings => Volatile.Read(ref allocationReadings);

        public long AfterCompaction { get; init; }

        public int Compactions { get; private set; }

        /// <summary>How many times the trimmer read the committed memory: once per interval, once more after a trim.</summary>
        public int Readings => Volatile.Read(ref readings);

        public long Committed
        {
            get => Volatile.Read(ref committed);
            set => Volatile.Write(ref committed, value);
        }

        public long AllocatedBytes
        {
            get
            {
                var value = Allocated;
                Interlocked.Increment(ref allocationReadings);
                return value;
            }
        }

        public long CommittedBytes
        {
            get
            {
                Interlocked.Increment(ref readings);
                return Committed;
            }
        }

        public void CompactAndRelease()
        {
            Compactions++;
            Committed = AfterCompaction;
        }
    }
}
