using FrameworkGuide.Web.Search;

namespace FrameworkGuide.Web.Tests.Search;

public sealed class SearchQueryTests : IDisposable
{
    private readonly GuideAnalyzer analyzer = new();

    [Fact]
    public void Parse_StemsAndLowerCasesEachWord()
    {
        var query = SearchQuery.Parse("Databases APIs ", analyzer);

        Assert.Equal([new QueryWord("databas"), new QueryWord("api")], query.Words);
    }

    [Fact]
    public void Parse_LetsTheLastWordGrowByPrefix_WhileNothingFollowsIt()
    {
        Assert.Equal([new QueryWord("flask"), new QueryWord("djan", "djan")], SearchQuery.Parse("Flask Djan", analyzer).Words);
        Assert.Equal([new QueryWord("flask"), new QueryWord("djan")], SearchQuery.Parse("Flask Djan ", analyzer).Words);
        Assert.Equal([new QueryWord("djan")], SearchQuery.Parse("djan.", analyzer).Words);
    }

    [Fact]
    public void Parse_GivesNoPrefixToASingleLetter()
    {
        Assert.Equal([new QueryWord("d")], SearchQuery.Parse("d", analyzer).Words);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("title:(")]
    [InlineData("\"*?")]
    [InlineData("the a an")]
    public void Parse_LeavesNoSyntax(string? text)
    {
        var query = SearchQuery.Parse(text, analyzer);

        Assert.DoesNotContain(query.Words, word => word.Term.Any(c => "():\"*?".Contains(c, StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("!!! ---")]
    [InlineData("the a an of")]
    public void Parse_IsEmpty_WhenOnlyPunctuationOrStopWordsAreLeft(string? text)
    {
        Assert.True(SearchQuery.Parse(text, analyzer).IsEmpty);
    }

    [Fact]
    public void Parse_ReadsAtMostMaxLengthCharacters_AndThenNoPrefix()
    {
        var long190 = new string('a', 190);

        var query = SearchQuery.Parse(long190 + " xx flasks and more words", analyzer);

        Assert.Equal(SearchQuery.MaxLength, query.Text.Length);
        Assert.Equal([new QueryWord(long190), new QueryWord("xx"), new QueryWord("flask")], query.Words);
    }

    [Fact]
    public void Parse_KeepsAtMostMaxWordsDistinctWords()
    {
        var query = SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 30).Select(i => $"w{i} w{i}")), analyzer);

        Assert.Equal(Enumerable.Range(0, SearchQuery.MaxWords).Select(i => $"w{i}"), query.Words.Select(word => word.Term));
    }

    public void Dispose() => analyzer.Dispose();
}
