using System.ComponentModel.DataAnnotations;

namespace FrameworkGuide.Web.Logging;

/// <summary>
/// The <c>RequestLog</c> section: which requests get a line in the log. Every failed, refused or
/// slow request is logged; of the quick successful ones, one in <see cref="SampleEvery"/>.
/// </summary>
public sealed class RequestLogOptions
{
    public const string SectionName = "RequestLog";

    /// <summary>
    /// Log one in this many quick successful requests (status below 400). Default: 1, every request;
    /// a busy site sets it higher (the shipped <c>appsettings.json</c> says 100), since a line per
    /// page served costs more than serving a cached page.
    /// </summary>
    [Range(1, 1_000_000)]
    public int SampleEvery { get; set; } = 1;

    /// <summary>A request that takes longer than this is always logged, as a warning. Default: 1,000 ms.</summary>
    [Range(1, 3_600_000)]
    public int SlowMilliseconds { get; set; } = 1000;
}
