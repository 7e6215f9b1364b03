using FrameworkGuide.Web.Tests.Editing;
using Microsoft.AspNetCore.Hosting;

namespace FrameworkGuide.Web.Tests.Caching;

/// <summary>A site over a folder the tests edit, with the page cache on as in Production.</summary>
public sealed class CachedSite : TempContentSite
{
    public CachedSite()
        : base(
            "cached",
            ("alpha.md", ReloadSite.Guide("Alpha guide", extraFrontMatter: "tags: [alpha]")),
            ("beta.md", ReloadSite.Guide("Beta guide", extraFrontMatter: "tags: [beta]")))
    {
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("PageCache:Enabled", "true");
        builder.UseSetting("PageCache:CacheControl", "public, max-age=123");
        builder.UseSetting("Guide:ReloadQuietMilliseconds", "20");
    }
}
