using FrameworkGuide.Web.Discovery;
using System.ComponentModel.DataAnnotations;

namespace FrameworkGuide.Web.Content;

/// <summary>The <c>Guide</c> section of configuration (<c>Guide__ContentPath</c> in the environment).</summary>
public sealed class GuideOptions
{
    public const string SectionName = "Guide";

    /// <summary>The content folder, absolute or relative to the app's content root. Default: <c>content</c>.</summary>
    [Required]
    public string ContentPath { get; set; } = "content";

    /// <summary>Files larger than this many bytes are rejected before parsing. Default: 1 MiB.</summary>
    [Range(1, long.MaxValue)]
    public long MaxFileBytes { get; set; } = 1024 * 1024;

    /// <summary>Watch the content folder and reload changed files while the site runs. Default: on.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>A burst of saves is applied once no change has come for this long. Default: 25 ms.</summary>
    [Range(1, 10_000)]
    public int ReloadQuietMilliseconds { get; set; } = 25;

    /// <summary>
    /// Where editors change a guide, as a template with <c>{path}</c> for the file's path under the
    /// content folder (<c>https://example.org/repo/edit/main/content/{path}</c>). Unset: no edit link.
    /// </summary>
    [RegularExpression(@"^https?://\S*\{path\}\S*$", ErrorMessage = "Guide:EditUrl must be an http(s) URL containing {path}")]
    public string? EditUrl { get; set; }

    /// <summary>A guide last reviewed longer ago than this many days says so to readers. Default: 365.</summary>
    [Range(1, 36_500)]
    public int StaleAfterDays { get; set; } = 365;

    /// <summary>
    /// The public address of the site (<c>https://guides.example.org</c>), used for every absolute
    /// URL handed out: canonical links, previews, sitemap, feed. Required outside Development, so no
    /// page ever names the host a request claimed; in Development, unset means the request's host.
    /// </summary>
    [RegularExpression(@"^https?://[^\s/?#]+(/[^\s?#]*)?$", ErrorMessage = "Guide:BaseUrl must be an absolute http(s) address without query or fragment, such as https://guides.example.org")]
    public string? BaseUrl { get; set; }

    /// <summary>
    /// Keep every file's parse result between runs, so that a restart parses only the files that
    /// changed (and those of a new build of the site). Default: on.
    /// </summary>
    public bool ParseCache { get; set; } = true;

    /// <summary>
    /// The folder of the parse cache, which only the site's user may write to. Default:
    /// <c>$XDG_CACHE_HOME/frameworkguide</c>, else <c>~/.cache/frameworkguide</c>.
    /// </summary>
    public string? ParseCachePath { get; set; }

    /// <summary>Guides per page on the home page and tag pages. Default: 50.</summary>
    [Range(1, 1000)]
    public int PageSize { get; set; } = 50;

    /// <summary>
    /// The newest guides the feed (<c>/feed.xml</c>) carries. A feed reader downloads the whole feed
    /// each time it checks for news, so it holds the latest changes, not the archive. Default: 50.
    /// </summary>
    [Range(1, 10000)]
    public int FeedEntries { get; set; } = 50;

    /// <summary>
    /// The most URLs one sitemap lists: beyond them (three a guide, so at about 16,700 guides with the
    /// default) <c>/sitemap.xml</c> becomes an index of <c>/sitemap-1.xml</c>, <c>/sitemap-2.xml</c>, ….
    /// Default and largest: 50,000, the limit of the sitemap protocol.
    /// </summary>
    [Range(1, SitemapWriter.MaxUrls)]
    public int SitemapUrls { get; set; } = SitemapWriter.MaxUrls;

    /// <summary>The site's name in titles and the header.</summary>
    [Required]
    public string SiteName { get; set; } = "FrameworkGuide";

    /// <summary>
    /// The parse cache of <paramref name="contentFolder"/>, as the site and <c>check</c> both open it; <c>null</c> when off.
    /// </summary>
    /// <param name="appContentRoot">The app's content root, against which a relative <see cref="ParseCachePath"/> is read.</param>
    public FrameworkGuide.Content.Loading.ParseCache? OpenParseCache(string appContentRoot, string contentFolder) =>
        ParseCacheFolder() is { } folder ? FrameworkGuide.Content.Loading.ParseCache.Open(Path.GetFullPath(folder, appContentRoot), contentFolder) : null;

    /// <summary>The parse cache's folder: <see cref="ParseCachePath"/>, or else the user's cache folder; <c>null</c> when off or there is none.</summary>
    public string? ParseCacheFolder()
    {
        if (!ParseCache)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(ParseCachePath))
        {
            return ParseCachePath;
        }

        if (Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } cacheHome && Path.IsPathRooted(cacheHome))
        {
            return Path.Combine(cacheHome, "frameworkguide");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".cache", "frameworkguide");
    }
}
