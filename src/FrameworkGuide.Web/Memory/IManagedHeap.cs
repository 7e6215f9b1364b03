namespace FrameworkGuide.Web.Memory;

/// <summary>The process's garbage-collected heap, as <see cref="IdleMemoryTrimmer"/> reads and trims it.</summary>
public interface IManagedHeap
{
    /// <summary>Bytes allocated since the process started.</summary>
    long AllocatedBytes { get; }

    /// <summary>Memory the GC holds from the system now, live objects and free space alike.</summary>
    long CommittedBytes { get; }

    /// <summary>A full, blocking, compacting collection that gives the free memory back to the system.</summary>
    void CompactAndRelease();
}
