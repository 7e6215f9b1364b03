using System.ComponentModel.DataAnnotations;

namespace FrameworkGuide.Web.Caching;

/// <summary>The <c>PageCache</c> section: rendered pages kept in memory per content version.</summary>
public sealed class PageCacheOptions
{
    public const string SectionName = "PageCache";

    /// <summary>Serve rendered pages from memory. Default: on (off in Development, where editors' notes change pages).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The most memory the cached pages (with their compressed forms) may take. Default: 64 MiB, about
    /// 1,700 guide pages of 24 KB with their Brotli and gzip forms: all the pages of a site of 100
    /// guides, the most read ones of a larger site, and room for 10,000 guides within 400 MB.
    /// </summary>
    [Range(1024, long.MaxValue)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The most memory the drawn social cards (PNG bytes) may take. Default: 64 MiB.</summary>
    [Range(1024, long.MaxValue)]
    public long CardMaxBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>The <c>Cache-Control</c> header of pages, for browsers and a CDN in front.</summary>
    [Required]
    public string CacheControl { get; set; } = "public, max-age=300, stale-while-revalidate=3600";
}
