namespace FrameworkGuide.Content.Tests;

public class DecisionTableTests
{
    private const string Header = "| Project need | Better default | Why |";
    private const string Separator = "| --- | --- | --- |";

    [Fact]
    public void Parse_ReadsEveryRow_InTableOrder()
    {
        // Arrange
        var text = GuideText.Valid;

        // Act
        var table = TestGuides.ParseValid(text).DecisionTable;

        // Assert
        Assert.NotNull(table);
        Assert.Equal(["Project need", "Better default", "Why"], table.Headers);
        Assert.Collection(
            table.Rows,
            row =>
            {
                Assert.Equal("Small API or proof of concept", row.Need);
                Assert.Equal("Small API or proof of concept", row.NeedHtml);
                Assert.Equal("Flask", row.Option);
                Assert.Equal("Less overhead.", row.ReasonHtml);
                Assert.Equal(19, row.Line);
            },
            row =>
            {
                Assert.Equal("Internal admin tool", row.Need);
                Assert.Equal("Django", row.Option);
                Assert.Equal("The built-in admin.", row.ReasonHtml);
                Assert.Equal(20, row.Line);
            },
            row =>
            {
                Assert.Equal("Learning Python web basics", row.Need);
                Assert.Null(row.Option);
                Assert.True(row.IsEither);
                Assert.Equal(21, row.Line);
            });
    }

    [Fact]
    public void Parse_GivesEachRowAnIdFromItsNeed_AndAnAnchorApartFromHeadings()
    {
        // Act
        var rows = TestGuides.ParseValid(GuideText.Valid).DecisionTable!.Rows;

        // Assert
        Assert.Equal(["small-api-or-proof-of-concept", "internal-admin-tool", "learning-python-web-basics"], rows.Select(row => row.Id));
        Assert.Equal("need-small-api-or-proof-of-concept", rows[0].Anchor);
    }

    [Fact]
    public void Parse_AddsDashOne_WhenANeedIsRepeated()
    {
        // Arrange
        var text = GuideText.Small(
            body: ["## Decision Table", "", Header, Separator, "| Small API | Flask | a |", "| Small API | Django | b |", "| Small API | Either | c |"]);

        // Act
        var rows = TestGuides.ParseValid(text).DecisionTable!.Rows;

        // Assert
        Assert.Equal(["small-api", "small-api-1", "small-api-2"], rows.Select(row => row.Id));
    }

    [Fact]
    public void Parse_GivesEveryRowADistinctId_WhenANeedReadsLikeAnotherRowsNumberedId()
    {
        // Arrange: the second "Small API" would become small-api-1, which "Small API 1" also gives.
        var text = GuideText.Small(
            body: ["## Decision Table", "", Header, Separator, "| Small API | Flask | a |", "| Small API | Django | b |", "| Small API 1 | Either | c |"]);

        // Act
        var rows = TestGuides.ParseValid(text).DecisionTable!.Rows;

        // Assert: a link to #need-small-api-1 must lead to one row only.
        Assert.Equal(rows.Count, rows.Select(row => row.Anchor).Distinct().Count());
        Assert.Equal(["small-api", "small-api-1", "small-api-1-1"], rows.Select(row => row.Id));
    }

    [Fact]
    public void Parse_MakesRowIdsGitHubStyle_WhenNeedHasPunctuationAndMarkup()
    {
        // Arrange
        var text = GuideText.With("| Small API or proof of concept |", "| **Small** API, or `proof`-of-concept? |");

        // Act
        var row = TestGuides.ParseValid(text).DecisionTable!.Rows[0];

        // Assert
        Assert.Equal("Small API, or proof-of-concept?", row.Need);
        Assert.Equal("small-api-or-proof-of-concept", row.Id);
        Assert.Equal("<strong>Small</strong> API, or <code>proof</code>-of-concept?", row.NeedHtml);
    }

    [Theory]
    [InlineData("Either")]
    [InlineData("either")]
    [InlineData("EITHER")]
    public void Parse_SetsNoOption_WhenPickIsEither(string pick)
    {
        // Arrange
        var text = GuideText.With("| Learning Python web basics | Either |", $"| Learning Python web basics | {pick} |");

        // Act
        var row = TestGuides.ParseValid(text).DecisionTable!.Rows[2];

        // Assert
        Assert.True(row.IsEither);
        Assert.Null(row.Option);
    }

    [Theory]
    [InlineData("flask", "Flask")]
    [InlineData("FLASK", "Flask")]
    [InlineData("dJaNgO", "Django")]
    public void Parse_MatchesPickIgnoringCase_AndUsesTheOptionNameFromFrontMatter(string pick, string expected)
    {
        // Arrange
        var text = GuideText.With("| Small API or proof of concept | Flask |", $"| Small API or proof of concept | {pick} |");

        // Act
        var row = TestGuides.ParseValid(text).DecisionTable!.Rows[0];

        // Assert
        Assert.Equal(expected, row.Option);
    }

    [Fact]
    public void Parse_RejectsUnknownPick_WhenCellNamesNoOption()
    {
        // Arrange
        var text = GuideText.With("| Internal admin tool | Django |", "| Internal admin tool | Rails |");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(20, error.Line);
        Assert.Equal("'Rails' is not one of the options (Flask, Django) or Either", error.Message);
        Assert.Equal("flask-vs-django.md:20: error: 'Rails' is not one of the options (Flask, Django) or Either", error.ToString());
    }

    [Fact]
    public void Parse_RejectsEveryUnknownPick_EachAtItsOwnRow()
    {
        // Arrange
        var text = GuideText.With("| Flask | Less overhead. |", "| Rails | Less overhead. |")
            .Replace("| Either | Both", "| Both | Both", StringComparison.Ordinal);

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.Null(result.Guide);
        Assert.Equal(
            [(19, "'Rails' is not one of the options (Flask, Django) or Either"), (21, "'Both' is not one of the options (Flask, Django) or Either")],
            result.Diagnostics.Select(diagnostic => (diagnostic.Line, diagnostic.Message)));
    }

    [Fact]
    public void Parse_RejectsPick_WhenCellHasExtraWords()
    {
        // Arrange
        var text = GuideText.With("| Internal admin tool | Django |", "| Internal admin tool | Django, probably |");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(20, error.Line);
        Assert.Equal("'Django, probably' is not one of the options (Flask, Django) or Either", error.Message);
    }

    [Fact]
    public void Parse_RejectsDecisionTable_WhenItHasTwoColumns()
    {
        // Arrange
        var text = GuideText.Small(body: ["## Decision Table", "", "| Project need | Better default |", "| --- | --- |", "| Small API | Flask |"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert: line 12 is the table's header row.
        Assert.Equal(12, error.Line);
        Assert.Equal("the decision table must have three columns (project need | better default | why), not 2", error.Message);
    }

    [Fact]
    public void Parse_RejectsDecisionTable_WhenItHasFourColumns()
    {
        // Arrange
        var text = GuideText.Small(
            body: ["## Decision Table", "", "| Project need | Better default | Why | Notes |", "| --- | --- | --- | --- |", "| Small API | Flask | Light | none |"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(12, error.Line);
        Assert.Equal("the decision table must have three columns (project need | better default | why), not 4", error.Message);
    }

    [Fact]
    public void Parse_RejectsDecisionTableSection_WhenItHasNoTable()
    {
        // Arrange
        var text = GuideText.Small(body: ["## Decision Table", "", "Small API: Flask. Admin tool: Django."]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert: line 10 is the '## Decision Table' heading.
        Assert.Equal(10, error.Line);
        Assert.Equal("the Decision Table section has no table: add a pipe table with the columns project need | better default | why", error.Message);
    }

    [Fact]
    public void Parse_RejectsDecisionTableSection_WhenTableHasNoSeparatorRow()
    {
        // Arrange: without '| --- |' the lines are a paragraph, not a table.
        var text = GuideText.Small(body: ["## Decision Table", "", Header, "| Small API | Flask | Light |"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(10, error.Line);
        Assert.Contains("has no table", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsDecisionTable_WhenItHasOnlyAHeader()
    {
        // Arrange
        var text = GuideText.Small(body: ["## Decision Table", "", Header, Separator]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(12, error.Line);
        Assert.Equal("the decision table has no rows below its header", error.Message);
    }

    [Fact]
    public void Parse_RejectsRow_WhenItsNeedIsEmpty()
    {
        // Arrange
        var text = GuideText.Small(body: ["## Decision Table", "", Header, Separator, "| Small API | Flask | Light |", "|  | Django | Admin |"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(15, error.Line);
        Assert.Equal("the project need of this decision table row is empty", error.Message);
    }

    [Fact]
    public void Parse_KeepsTextAroundTheTable_BeforeInSectionAndAfterInAfterHtml()
    {
        // Arrange
        var text = GuideText.With(
            "## Decision Table\n\n| Project need",
            "## Decision Table\n\nStart from your project's main need.\n\n| Project need")
            .Replace("| Both teach something. |\n", "| Both teach something. |\n\nStill unsure? Read the FAQ.\n", StringComparison.Ordinal);

        // Act
        var table = TestGuides.ParseValid(text).DecisionTable!;

        // Assert
        Assert.Equal("decision-table", table.Section.Id);
        Assert.Equal("Decision Table", table.Section.Title);
        Assert.Equal(15, table.Section.Line);
        Assert.Equal("<p>Start from your project's main need.</p>", table.Section.Html);
        Assert.Equal("<p>Still unsure? Read the FAQ.</p>", table.AfterHtml);
        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void Parse_UsesOnlyTheFirstTable_WhenTheSectionHasTwo()
    {
        // Arrange
        var text = GuideText.Small(
            body: ["## Decision Table", "", Header, Separator, "| Small API | Flask | Light |", "", "| Other | Table | Here | Four |", "| --- | --- | --- | --- |", "| a | b | c | d |"]);

        // Act
        var table = TestGuides.ParseValid(text).DecisionTable!;

        // Assert
        var row = Assert.Single(table.Rows);
        Assert.Equal("Small API", row.Need);
        Assert.Contains("<table", table.AfterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RendersMarkdownInReasonCell_AsInlineHtml()
    {
        // Arrange
        var text = GuideText.With("| Less overhead. |", "| Less *overhead*, see [docs](https://flask.palletsprojects.com/). |");

        // Act
        var row = TestGuides.ParseValid(text).DecisionTable!.Rows[0];

        // Assert
        Assert.Equal("Less <em>overhead</em>, see <a href=\"https://flask.palletsprojects.com/\">docs</a>.", row.ReasonHtml);
    }

    [Fact]
    public void Parse_IgnoresHeaderWording_WhenTableHasThreeColumns()
    {
        // Arrange
        var text = GuideText.With(Header, "| Need | Pick | Reason |");

        // Act
        var table = TestGuides.ParseValid(text).DecisionTable!;

        // Assert
        Assert.Equal(["Need", "Pick", "Reason"], table.Headers);
        Assert.Equal(3, table.Rows.Count);
    }

    [Fact]
    public void Parse_LeavesDecisionTableEmpty_WhenGuideHasNoSuchSection()
    {
        // Act
        var result = TestGuides.Parse(GuideText.Small(), "small-guide.md");

        // Assert
        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Guide!.DecisionTable);
    }

    [Fact]
    public void Parse_ReadsRowsForEveryOption_WhenGuideComparesThreeOptions()
    {
        // Arrange
        var text = GuideText.Lines(
            "---",
            "title: PostgreSQL vs MySQL vs SQLite",
            "options: [PostgreSQL, MySQL, SQLite]",
            "---",
            "",
            "## Quick Answer",
            "",
            "It depends on the data.",
            "",
            "## Decision Table",
            "",
            Header,
            Separator,
            "| Complex queries | postgresql | Rich SQL. |",
            "| Classic web hosting | MySQL | Everywhere. |",
            "| Embedded app data | SQLite | One file. |",
            "| A side project | Either | All fine. |",
            "",
            "## When PostgreSQL Fits",
            "",
            "Complex data.",
            "",
            "## When MySQL Fits",
            "",
            "Shared hosting.",
            "",
            "## When SQLite Fits",
            "",
            "Local apps.");

        // Act
        var guide = TestGuides.ParseValid(text, "postgresql-vs-mysql-vs-sqlite.md");

        // Assert
        Assert.Equal(["PostgreSQL", "MySQL", "SQLite", null], guide.DecisionTable!.Rows.Select(row => row.Option));
        Assert.Equal(["When PostgreSQL Fits", "When MySQL Fits", "When SQLite Fits"], guide.Options.Select(option => option.WhenFits?.Title));
        Assert.Empty(guide.Sections);
    }

    [Fact]
    public void Parse_NamesAllThreeOptions_WhenPickIsUnknownInAThreeWayGuide()
    {
        // Arrange
        var text = GuideText.Small(
            ["options: [PostgreSQL, MySQL, SQLite]"],
            "## Decision Table", "", Header, Separator, "| Big data | Oracle | Sales told us. |");
        text = text.Replace("options: [Flask, Django]\n", "", StringComparison.Ordinal);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text, "small-guide.md"));

        // Assert: the options line moved up, so the row is on line 14.
        Assert.Equal(14, error.Line);
        Assert.Equal("'Oracle' is not one of the options (PostgreSQL, MySQL, SQLite) or Either", error.Message);
    }
}
