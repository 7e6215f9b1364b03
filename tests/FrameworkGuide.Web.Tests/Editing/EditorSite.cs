namespace FrameworkGuide.Web.Tests.Editing;

/// <summary>A Development site with the editors' settings on: an edit link and a short staleness limit.</summary>
public sealed class EditorSite() : TempContentSite(
    "editor",
    ("fresh.md", ReloadSite.Guide("Fresh guide", extraFrontMatter: "reviewed: 2099-01-01")),
    ("old.md", ReloadSite.Guide("Old guide", extraFrontMatter: "reviewed: 2020-03-04")),
    ("docs/renamed.md", ReloadSite.Guide("Renamed headings", extraFrontMatter: "anchors: { when-to-choose: quick-answer }")))
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Guide:EditUrl", "https://example.org/repo/edit/main/content/{path}");
        builder.UseSetting("Guide:StaleAfterDays", "400");
    }
}
