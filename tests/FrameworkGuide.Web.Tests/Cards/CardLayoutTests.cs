using FrameworkGuide.Web.Sharing.Cards;
using SkiaSharp;

namespace FrameworkGuide.Web.Tests.Cards;

public sealed class CardLayoutTests : IDisposable
{
    private const string LongTitle =
        "Choosing between a lightweight microframework and a full-stack framework with batteries included " +
        "for a long-lived database-backed product that several teams will maintain, extend, migrate, " +
        "internationalize and operate across many years of changing requirements, staff, budgets and hosting platforms today";

    private readonly CardFonts fonts = CardFonts.LoadEmbedded();

    public void Dispose() => fonts.Dispose();

    [Fact]
    public void LongTitle_IsThreeHundredCharacters() => Assert.True(LongTitle.Length >= 300, $"{LongTitle.Length}");

    [Fact]
    public void LongTitle_StaysWithinTheCard_AndEndsWithAnEllipsis()
    {
        var layout = CardLayout.Compute(Content(LongTitle, chips: ["Flask", "Django"], text: LongTitle), fonts);

        AssertFitsTheCard(layout);
        Assert.Equal(CardTheme.TitleMinSize, layout.Title.FontSize);
        Assert.EndsWith(CardText.Ellipsis, layout.Title.Lines[^1], StringComparison.Ordinal);
        AssertWholeWords(LongTitle, layout.Title.Lines);
    }

    [Fact]
    public void ShortTitle_IsDrawnLargeOnOneLine()
    {
        var layout = CardLayout.Compute(Content("Flask vs Django"), fonts);

        Assert.Equal(["Flask vs Django"], layout.Title.Lines);
        Assert.Equal(CardTheme.TitleMaxSize, layout.Title.FontSize);
    }

    [Fact]
    public void MiddleLengthTitle_WrapsBetweenWords_AndIsNeverCut()
    {
        const string title = "PostgreSQL vs MySQL vs SQLite for a small team shipping its first database-backed web product";

        var layout = CardLayout.Compute(Content(title, chips: ["PostgreSQL", "MySQL", "SQLite"], text: "Pick PostgreSQL."), fonts);

        AssertFitsTheCard(layout);
        Assert.True(layout.Title.Lines.Count > 1);
        Assert.Equal(title, string.Join(' ', layout.Title.Lines));
    }

    [Fact]
    public void LongerTitle_ShrinksItsFont_BeforeItIsCut()
    {
        var shortLayout = CardLayout.Compute(Content("Flask vs Django"), fonts);
        var longer = string.Join(' ', Enumerable.Repeat("Flask versus Django", 5));

        var longLayout = CardLayout.Compute(Content(longer, chips: ["Flask", "Django"], text: "Pick Flask."), fonts);

        Assert.True(longLayout.Title.FontSize < shortLayout.Title.FontSize);
        Assert.Equal(longer, string.Join(' ', longLayout.Title.Lines));
    }

    [Fact]
    public void WordWiderThanTheCard_IsCutWithAnEllipsis_AndStaysWithinTheCard()
    {
        var title = new string('W', 120) + " and then some words";

        var layout = CardLayout.Compute(Content(title, kicker: new string('K', 200)), fonts);

        AssertFitsTheCard(layout);
        Assert.EndsWith(CardText.Ellipsis, layout.Title.Lines[0], StringComparison.Ordinal);
        Assert.EndsWith(CardText.Ellipsis, layout.Kicker!.Lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void ManyChips_WrapToASecondRow_AndCountTheOnesLeftOut()
    {
        var chips = Enumerable.Range(1, 30).Select(i => $"Framework {i}").ToList();

        var layout = CardLayout.Compute(Content("Many frameworks", chips: chips), fonts);

        AssertFitsTheCard(layout);
        Assert.Equal(2, layout.Chips.Select(chip => chip.Bounds.Top).Distinct().Count());
        Assert.Matches(@"^\+\d+$", layout.Chips[^1].Text);
        var shown = layout.Chips.Count - 1;
        Assert.Equal($"+{chips.Count - shown}", layout.Chips[^1].Text);
        Assert.Equal(chips.Take(shown), layout.Chips.Take(shown).Select(chip => chip.Text));
    }

    [Fact]
    public void FewChips_StayOnOneRow()
    {
        var layout = CardLayout.Compute(Content("Flask vs Django", chips: ["Flask", "Django"]), fonts);

        Assert.Equal(["Flask", "Django"], layout.Chips.Select(chip => chip.Text));
        Assert.Single(layout.Chips.Select(chip => chip.Bounds.Top).Distinct());
        Assert.True(layout.Chips[0].Bounds.Right < layout.Chips[1].Bounds.Left);
    }

    [Fact]
    public void LongText_IsCutToThreeLinesWithAnEllipsis()
    {
        var text = string.Join(' ', Enumerable.Repeat("Pick Flask for a small service and Django for a product.", 12));

        var layout = CardLayout.Compute(Content("Flask vs Django", text: text), fonts);

        AssertFitsTheCard(layout);
        Assert.Equal(CardTheme.TextMaxLines, layout.Text!.Lines.Count);
        Assert.EndsWith(CardText.Ellipsis, layout.Text.Lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void SectionCard_PutsTheKickerAboveTheTitleAndTheTextBelow()
    {
        var layout = CardLayout.Compute(Content("Is Flask easier than Django?", kicker: "Flask vs Django", text: "Flask is easier to start with."), fonts);

        AssertFitsTheCard(layout);
        Assert.True(layout.Kicker!.Bottom <= layout.Title.Top);
        Assert.True(layout.Title.Bottom <= layout.Text!.Top);
        Assert.Empty(layout.Chips);
    }

    [Fact]
    public void ControlCharactersAndLineBreaks_BecomeSpaces()
    {
        var layout = CardLayout.Compute(Content("Flask\nvs\t\u0000Django"), fonts);

        Assert.Equal(["Flask vs Django"], layout.Title.Lines);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("\"><img src=x onerror=alert(1)>")]
    [InlineData("Flask vs Django 🚀 — 日本語 العربية")]
    [InlineData("")]
    public void Renderer_DrawsAnyTextAsText(string text)
    {
        var renderer = new CardRenderer(fonts);

        var png = renderer.Render(new CardContent(text, text, [text, "<svg onload=alert(1)>"], text, text));

        using var bitmap = CardPixels.Decode(png);
    }

    [Fact]
    public void Fonts_AreTheEmbeddedDejaVuSans()
    {
        Assert.Equal("DejaVu Sans", fonts.Regular.FamilyName);
        Assert.Equal("DejaVu Sans", fonts.Bold.FamilyName);
        Assert.Equal((int)SKFontStyleWeight.Bold, fonts.Bold.FontStyle.Weight);
        Assert.Equal((int)SKFontStyleWeight.Normal, fonts.Regular.FontStyle.Weight);
        using var font = fonts.Create(bold: true, 40);
        Assert.Same(fonts.Bold, font.Typeface);
    }

    private static CardContent Content(string title, IReadOnlyList<string>? chips = null, string? text = null, string? kicker = null) =>
        new(kicker, title, chips ?? [], text, "FrameworkGuide");

    /// <summary>Every line no wider than the text width, every block between the stripe and the footer.</summary>
    private void AssertFitsTheCard(CardLayout layout)
    {
        foreach (var block in new[] { layout.Kicker, layout.Title, layout.Text }.OfType<CardTextBlock>())
        {
            using var font = fonts.Create(block.Bold, block.FontSize);
            Assert.All(block.Lines, line => Assert.True(font.MeasureText(line) <= CardLayout.TextWidth, $"'{line}' is wider than the card"));
            Assert.True(block.Top >= CardLayout.AreaTop, $"block starts at {block.Top}, above the text area");
            Assert.True(block.Bottom <= CardLayout.AreaBottom, $"block ends at {block.Bottom}, below the text area");
        }

        Assert.All(layout.Chips, chip =>
        {
            Assert.True(chip.Bounds.Left >= CardTheme.Margin && chip.Bounds.Right <= CardSize.Width - CardTheme.Margin, $"chip '{chip.Text}' leaves the text width");
            Assert.True(chip.Bounds.Top >= CardLayout.AreaTop && chip.Bounds.Bottom <= CardLayout.AreaBottom, $"chip '{chip.Text}' leaves the text area");
        });
    }

    /// <summary>The lines are the text's first words, in order, the last maybe without its punctuation before the ellipsis.</summary>
    private static void AssertWholeWords(string text, IReadOnlyList<string> lines)
    {
        var words = text.Split(' ');
        var shown = string.Join(' ', lines).TrimEnd('…').Split(' ');
        Assert.Equal(words.Take(shown.Length - 1), shown[..^1]);
        Assert.Equal(words[shown.Length - 1].TrimEnd(',', ';', ':', '.'), shown[^1]);
    }
}
