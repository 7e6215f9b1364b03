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
    public void Matched_CountsTheQuerysWordsInThePart(string text, int expected)
    {
        var terms = GuideTerms.Of(["Routing for small apps; databases and admin panels"], analyzer, new SearchVocabulary());

        Assert.Equal(expected, terms.Matched(0, SearchQuery.Parse(text, analyzer)));
    }

    [Theory]
    [InlineData("routing", new[] { 1, 0, 1 })]
    [InlineData("databases", new[] { 0, 1, 0 })]
    [InlineData("pan", new[] { 0, 1, 0 })]
    [InlineData("routing admin", new[] { 1, 1, 2 })]
    public void Matched_CountsEachPartsWordsOnly(string text, int[] expected)
    {
        var vocabulary = new SearchVocabulary();
        var terms = GuideTerms.Of(["Routing for small apps", "Databases and admin panels", "Admin routing"], analyzer, vocabulary);
        var query = SearchQuery.Parse(text, analyzer);

        Assert.Equal(expected, Enumerable.Range(0, terms.Count).Select(part => terms.Matched(part, query)));
        Assert.Equal(6, vocabulary.Count); // rout, small, app, databas, admin, panel: each once, though two parts have "rout" and "admin"
    }

    [Fact]
    public void Matching_GivesTheSnippetTheWordsToMark_EvenInTextCarryingTheMarkCharacters()
    {
        const string text = "Flask\uE000routing and \uE001Django routes for small apps";
        var terms = GuideTerms.Of([text], analyzer, new SearchVocabulary());
        var query = SearchQuery.Parse("routing dja", analyzer);

        var snippet = new SnippetMaker(analyzer).Make(text, terms.Matching(0, query));

        Assert.Equal(["django", "rout"], terms.Matching(0, query).Order(StringComparer.Ordinal));
        Assert.Equal(["routing", "Django", "routes"], snippet.Parts.Where(part => part.IsMatch).Select(part => part.Text));
        Assert.Equal("Flask routing and  Django routes for small apps", string.Concat(snippet.Parts.Select(part => part.Text)));
    }

    [Fact]
    public void TheStore_ReadsAnEditedGuideAgain()
    {
        using var folder = TempFolder.Create("guide-terms", ("pets.md", ReloadSite.Guide("Wombat Routing")));
        var library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder.FullPath, TimeProvider.System);
        var store = new GuideTermStore(analyzer);
        var first = library.LoadAll().BySlug["pets"];
        var wombat = SearchQuery.Parse("wombat ", analyzer);

        Assert.Equal(1, store.For(first).Matched(0, wombat));
        Assert.Same(store.For(first), store.For(first));

        File.WriteAllText(Path.Combine(folder.FullPath, "pets.md"), ReloadSite.Guide("Platypus Routing"));
        var edited = library.Apply(["pets.md"]).BySlug["pets"];

        Assert.Equal(0, store.For(edited).Matched(0, wombat));
        Assert.Equal(1, store.For(edited).Matched(0, SearchQuery.Parse("platypus ", analyzer)));
    }

    public void Dispose() => analyzer.Dispose();
}
