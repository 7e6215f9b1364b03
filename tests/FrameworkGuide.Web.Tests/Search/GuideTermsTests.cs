using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Search;
using FrameworkGuide.Web.Tests.Editing;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>A result's link and quote come from counting the query's words in each part, from terms read once per guide version.</summary>
public sealed class GuideTermsTests : IDisposable
{
    private readonly GuideAnalyzer analyzer = new();

    [Theory]
    [InlineData("routing", 1)]         // a whole word, stemmed like the text
    [InlineData("databases", 1)]
    [InlineData("datab", 1)]           // the word still being typed, as a prefix
    [InlineData("zzz", 0)]             // a prefix past every term
    [InlineData("routing zebra", 1)]   // one word of two
    [InlineData("routing databas", 2)]
    [InlineData("rou ", 0)]            // finished, so not a prefix: no term is "rou"
    public void Matched_CountsTheQuerysWordsInTheSortedTerms(string text, int expected)
    {
        var terms = analyzer.Terms("Routing for small apps; databases and admin panels").Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(expected, GuideTerms.Matched(terms, SearchQuery.Parse(text, analyzer)));
    }

    [Fact]
    public void TheCache_ReadsAnEditedGuideAgain()
    {
        using var folder = TempFolder.Create("guide-terms", ("pets.md", ReloadSite.Guide("Wombat Routing")));
        var library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System);
        using var cache = new GuideTermCache(analyzer);
        var first = library.LoadAll().BySlug["pets"];
        var wombat = SearchQuery.Parse("wombat ", analyzer);

        Assert.Equal(1, GuideTerms.Matched(cache.For(first).Headlines[0], wombat));
        Assert.Same(cache.For(first), cache.For(first));

        File.WriteAllText(Path.Combine(folder.FullPath, "pets.md"), ReloadSite.Guide("Platypus Routing"));
        var edited = library.Apply(["pets.md"]).BySlug["pets"];

        Assert.Equal(0, GuideTerms.Matched(cache.For(edited).Headlines[0], wombat));
        Assert.Equal(1, GuideTerms.Matched(cache.For(edited).Headlines[0], SearchQuery.Parse("platypus ", analyzer)));
    }

    public void Dispose() => analyzer.Dispose();
}
