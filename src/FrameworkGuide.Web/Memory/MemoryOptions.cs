using System.ComponentModel.DataAnnotations;

namespace FrameworkGuide.Web.Memory;

/// <summary>The <c>Memory</c> section: giving memory back to the system when the site goes quiet.</summary>
public sealed class MemoryOptions
{
    public const string SectionName = "Memory";

    /// <summary>
    /// When the site has been idle for a second and the GC holds at least <see cref="TrimAboveMiB"/>
    /// more than after the last trim, run one full compacting collection that returns the free
    /// memory to the system. Default: on.
    /// </summary>
    public bool TrimWhenIdle { get; set; } = true;

    /// <summary>How much the GC's committed memory must have grown since the last trim. Default: 64 MiB.</summary>
    [Range(1, 1_048_576)]
    public int TrimAboveMiB { get; set; } = 64;
}
