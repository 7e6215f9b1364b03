using FrameworkGuide.Web.Sharing.Cards;

namespace FrameworkGuide.Web.Tests.Cards;

public sealed class CardTextTests : IDisposable
{
    private readonly CardFonts fonts = CardFonts.LoadEmbedded();

    public void Dispose() => fonts.Dispose();

    [Fact]
    public void Wrap_BreaksBetweenWords_WithinTheWidth()
    {
        using var font = fonts.Create(bold: false, 30);
        const string text = "Pick Flask for a small service, a prototype, an API, or an internal tool with a narrow job.";

        var lines = CardText.Wrap(text, font, 400, out var fits);

        Assert.True(fits);
        Assert.True(lines.Count > 1);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= 400, line));
        Assert.Equal(text, string.Join(' ', lines));
    }

    [Fact]
    public void Wrap_SaysSo_WhenAWordIsWiderThanTheLine()
    {
        using var font = fonts.Create(bold: false, 30);

        CardText.Wrap("a internationalization b", font, 100, out var fits);

        Assert.False(fits);
    }

    [Fact]
    public void Balance_KeepsTheLineCount_AndEvensOutTheLines()
    {
        using var font = fonts.Create(bold: true, CardTheme.TitleMaxSize);
        const string title = "PostgreSQL vs MySQL vs SQLite";
        float Spread(IReadOnlyList<string> lines) => lines.Max(line => font.MeasureText(line)) - lines.Min(line => font.MeasureText(line));

        var greedy = CardText.Wrap(title, font, CardLayout.TextWidth, out _);
        var balanced = CardText.Balance(title, font, CardLayout.TextWidth);

        Assert.Equal(["PostgreSQL vs MySQL vs", "SQLite"], greedy);
        Assert.Equal(greedy.Count, balanced.Count);
        Assert.Equal(title, string.Join(' ', balanced));
        Assert.True(Spread(balanced) < Spread(greedy) / 2, string.Join(" | ", balanced));
        Assert.All(balanced, line => Assert.True(font.MeasureText(line) <= CardLayout.TextWidth, line));
    }

    [Fact]
    public void Fit_KeepsAtMostTheLinesAsked_TheLastEndingInAnEllipsis()
    {
        using var font = fonts.Create(bold: false, 30);
        var text = string.Join(' ', Enumerable.Repeat("word", 200));

        var lines = CardText.Fit(text, font, 300, maxLines: 2);

        Assert.Equal(2, lines.Count);
        Assert.Equal("word…", lines[1][^5..]);
        Assert.All(lines, line => Assert.True(font.MeasureText(line) <= 300, line));
    }

    [Fact]
    public void Truncate_CutsAWordWiderThanTheLine_ByCharacters()
    {
        using var font = fonts.Create(bold: false, 30);

        var line = CardText.Truncate(new string('x', 100), font, 200, force: false);

        Assert.EndsWith(CardText.Ellipsis, line, StringComparison.Ordinal);
        Assert.True(font.MeasureText(line) <= 200);
    }

    [Fact]
    public void Truncate_NeverSplitsASurrogatePair()
    {
        using var font = fonts.Create(bold: false, 30);

        var line = CardText.Truncate(string.Concat(Enumerable.Repeat("😀", 50)), font, 100, force: false);

        Assert.False(char.IsHighSurrogate(line[^2]));
        Assert.EndsWith(CardText.Ellipsis, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  Flask \r\n vs\tDjango  ", "Flask vs Django")]
    [InlineData("a\u0000b", "a b")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Flatten_MakesOneLineOfSingleSpaces(string? text, string expected) =>
        Assert.Equal(expected, CardText.Flatten(text));
}
