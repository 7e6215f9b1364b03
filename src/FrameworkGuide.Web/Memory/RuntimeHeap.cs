namespace FrameworkGuide.Web.Memory;

/// <summary>The runtime's own GC.</summary>
public sealed class RuntimeHeap : IManagedHeap
{
    public long AllocatedBytes => GC.GetTotalAllocatedBytes();

    public long CommittedBytes => GC.GetGCMemoryInfo().TotalCommittedBytes;

    public void CompactAndRelease() => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
}
