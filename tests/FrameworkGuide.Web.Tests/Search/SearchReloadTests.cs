using AngleSharp.Html.Parser;
using FrameworkGuide.Web.Tests.Editing;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>Edits a real content folder under a running site: the search index follows each reload.</summary>
public sealed class SearchReloadTests : IClassFixture<ReloadSite>
{
    private static readonly HtmlParser Parser = new();
    private readonly ReloadSite site;

    public SearchReloadTests(ReloadSite site)
    {
        this.site = site;
        using var client = site.Client();
    }

    [Fact]
    public async Task NewGuide_IsFound_AndADeletedOneIsNot()
    {
        var url = SearchResults.UrlFor("quokka");
        var before = await site.Client().GetPageAsync(url);
        Assert.Empty(before.Results());

        site.Save("quokka-guide.md", ReloadSite.Guide("Quokka Frameworks Compared"));
        await site.WaitForAsync(url, (_, body) => FirstResult(body) == "/guides/quokka-guide");

        File.Delete(site.PathOf("quokka-guide.md"));
        await site.WaitForAsync(url, (_, body) => FirstResult(body) is null);
    }

    [Fact]
    public async Task EditedGuide_IsFoundByItsNewWords()
    {
        site.Save("renamed.md", ReloadSite.Guide("Wombat Routing"));
        await site.WaitForAsync(SearchResults.UrlFor("wombat"), (_, body) => FirstResult(body) == "/guides/renamed");

        site.Save("renamed.md", ReloadSite.Guide("Platypus Routing"));

        await site.WaitForAsync(SearchResults.UrlFor("platypus"), (_, body) => FirstResult(body) == "/guides/renamed");
        var old = await site.Client().GetPageAsync(SearchResults.UrlFor("wombat"));
        Assert.Empty(old.Results());
    }

    private static string? FirstResult(string body) =>
        Parser.ParseDocument(body).QuerySelector("#search-results ol.search-results > li h2 a")?.GetAttribute("href");
}
