using System.Xml.Linq;

namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>Content with characters XML cannot carry still gives a feed every reader can parse.</summary>
public sealed class ControlCharacterTests(ControlCharacterSite site) : IClassFixture<ControlCharacterSite>
{
    private static XNamespace Ns => Discovered.Atom;

    [Fact]
    public async Task Feed_DropsCharactersInvalidInXml_AndKeepsTheRestOfTheText()
    {
        var feed = await site.Client().GetXmlAsync("/feed.xml", "application/atom+xml");

        var entry = Assert.Single(feed.Root!.Elements(Ns + "entry"));
        Assert.Equal("Bell vs Escape", entry.Element(Ns + "title")!.Value);
        Assert.Equal("Null, vertical tab and form feed; tab\tstays.", entry.Element(Ns + "summary")!.Value);
        Assert.Equal("AnnOther", entry.Element(Ns + "author")!.Element(Ns + "name")!.Value);
        Assert.Equal("bells", Assert.Single(entry.Elements(Ns + "category")).Attr("label"));
    }

    [Fact]
    public async Task Sitemap_StaysWellFormed_WithControlCharactersInContent()
    {
        var sitemap = await site.Client().GetXmlAsync("/sitemap.xml", "application/xml");

        Assert.Contains(
            "http://localhost/guides/bell-vs-escape",
            sitemap.Descendants(Discovered.Sitemap + "loc").Select(loc => loc.Value));
    }

    [Fact]
    public async Task Json_CarriesTheTitleAsWritten_BecauseJsonCanEscapeAnyCharacter()
    {
        var guide = await site.Client().GetJsonAsync<Web.Discovery.GuideJson>("/guides/bell-vs-escape.json");

        Assert.Equal("Bell\a vs\u0001 Escape\u001b", guide.Title);
    }
}
