namespace FrameworkGuide.Content.Tests;

public class FrontMatterTests
{
    [Fact]
    public void Parse_ReadsEveryFrontMatterValue_WhenGuideIsValid()
    {
        // Arrange
        var text = GuideText.Valid;

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.Empty(result.Diagnostics);
        var guide = Assert.IsType<Model.Guide>(result.Guide);
        Assert.Equal("flask-vs-django", guide.Slug);
        Assert.Equal("/guides/flask-vs-django", guide.CanonicalPath);
        Assert.Equal("flask-vs-django.md", guide.SourcePath);
        Assert.Equal("Flask vs Django", guide.Title);
        Assert.Equal("Which Python web framework fits your project.", guide.Summary);
        Assert.Equal(new DateOnly(2026, 6, 2), guide.Updated);
        Assert.Equal("Joseph Nilo", guide.Author);
        Assert.Equal(["Flask", "Django"], guide.Options.Select(option => option.Name));
        Assert.Equal(["python", "web-frameworks"], guide.Tags.Select(tag => tag.Slug));
        Assert.Equal(["python", "Web Frameworks"], guide.Tags.Select(tag => tag.Name));
        Assert.Empty(guide.Aliases);
    }

    [Fact]
    public void Parse_LeavesOptionalValuesEmpty_WhenFrontMatterHasOnlyTitleAndOptions()
    {
        // Arrange
        var text = GuideText.Small();

        // Act
        var guide = TestGuides.ParseValid(text, "small-guide.md");

        // Assert
        Assert.Equal("Small Guide", guide.Title);
        Assert.Null(guide.Summary);
        Assert.Null(guide.Updated);
        Assert.Null(guide.Author);
        Assert.Empty(guide.Tags);
    }

    [Fact]
    public void Parse_ReadsListsWrittenOneItemPerLine_WhenOptionsUseBlockStyle()
    {
        // Arrange
        var text = GuideText.With("options: [Flask, Django]", "options:\n  - Flask\n  - Django");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Equal(["Flask", "Django"], guide.Options.Select(option => option.Name));
    }

    [Fact]
    public void Parse_ReadsQuotedValues_WhenTextContainsAColon()
    {
        // Arrange
        var text = GuideText.With(
            "summary: Which Python web framework fits your project.",
            "summary: \"Short answer: it depends.\"");

        // Act
        var guide = TestGuides.ParseValid(text);

        // Assert
        Assert.Equal("Short answer: it depends.", guide.Summary);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t\n")]
    public void Parse_RejectsEmptyFile_WhenTextHasNothingButWhitespace(string text)
    {
        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Contains("the file is empty", error.Message, StringComparison.Ordinal);
        Assert.Contains("front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsFile_WhenItHasNoFrontMatter()
    {
        // Arrange
        var text = GuideText.Body;

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Contains("no front matter", error.Message, StringComparison.Ordinal);
        Assert.Contains("'---'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsFile_WhenFrontMatterIsNotTheFirstThing()
    {
        // Arrange
        var text = "\n" + GuideText.Valid;

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Contains("no front matter", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsFile_WhenFrontMatterHasNoClosingLine()
    {
        // Arrange
        var text = GuideText.Lines("---", "title: Small Guide", "options: [Flask, Django]", "", "## Quick Answer", "", "Yes.");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Contains("no front matter", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summary: \"an unclosed quote")]
    [InlineData("summary: Short answer: it depends")]
    [InlineData("summary: \"quoted\" then more")]
    [InlineData("tags: [python, web]]")]
    [InlineData("\tsummary: a tab used as indentation")]
    public void Parse_RejectsUnreadableYaml_AtTheLineOfTheYamlError(string badLine)
    {
        // Arrange: line 4 is the bad line, after '---', title and options; author follows it.
        var text = GuideText.Small([badLine, "author: Joseph Nilo"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(4, error.Line);
        Assert.StartsWith("front matter is not valid YAML: ", error.Message, StringComparison.Ordinal);
        Assert.True(error.Message.Length > "front matter is not valid YAML: ".Length, "the message should say what YAML found wrong");
    }

    [Fact]
    public void Parse_RejectsUnclosedList_AtTheLineWhereTheListStarts()
    {
        // Arrange: a '[' never closed, followed by another key, makes YamlDotNet throw a non-YAML exception.
        var text = GuideText.Lines(
            "---",
            "title: Small Guide",
            "options: [Flask, Django",
            "summary: A summary.",
            "---",
            "",
            "## Quick Answer");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(3, error.Line);
        Assert.StartsWith("front matter is not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.Contains("'['", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsUnclosedMapping_InsteadOfThrowing()
    {
        // Arrange
        var text = GuideText.Lines(
            "---",
            "title: Small Guide",
            "tags: {python: yes",
            "options: [Flask, Django]",
            "---");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(3, error.Line);
        Assert.StartsWith("front matter is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsListEntryWithoutValue_InsteadOfThrowing()
    {
        // Arrange: '- :' is an entry with an empty key, which YamlDotNet's model cannot load.
        var text = GuideText.Lines(
            "---",
            "title: Small Guide",
            "options: [Flask, Django]",
            "tags:",
            "  - :",
            "---");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert: reported near the entry (YamlDotNet notices it where the list ends).
        Assert.InRange(error.Line, 5, 6);
        Assert.StartsWith("front matter is not valid YAML", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsDuplicateKey_AtTheLineOfTheSecondKey()
    {
        // Arrange
        var text = GuideText.Small(["title: Another Title"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(4, error.Line);
        Assert.Contains("a key is written twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsFrontMatter_WhenItIsNotKeyValueLines()
    {
        // Arrange
        var text = GuideText.Lines("---", "just a sentence", "---", "", "## Quick Answer");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Contains("'key: value' lines", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsMissingTitle_AtTheFirstLineOfFrontMatter()
    {
        // Arrange
        var text = GuideText.With("title: Flask vs Django\n", "");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Equal("'title' is required, for example: title: Flask vs Django", error.Message);
    }

    [Theory]
    [InlineData("title:")]
    [InlineData("title: \"  \"")]
    public void Parse_RejectsEmptyTitle_AtTheTitleLine(string titleLine)
    {
        // Arrange
        var text = GuideText.With("title: Flask vs Django", titleLine);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(2, error.Line);
        Assert.Contains("'title' is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsTitle_WhenItIsAList()
    {
        // Arrange
        var text = GuideText.With("title: Flask vs Django", "title: [Flask, Django]");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.Null(result.Guide);
        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Message.Contains("single text value", StringComparison.Ordinal));
        Assert.Equal(2, error.Line);
        Assert.Equal("'title' must be a single text value", error.Message);
    }

    [Theory]
    [InlineData("options: [Flask]", 6)]
    [InlineData("options: Flask", 6)]
    [InlineData("options: []", 6)]
    public void Parse_RejectsFewerThanTwoOptions_AtTheOptionsLine(string optionsLine, int expectedLine)
    {
        // Arrange
        var text = GuideText.With("options: [Flask, Django]", optionsLine);

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.Null(result.Guide);
        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Message.Contains("at least two", StringComparison.Ordinal));
        Assert.Equal(expectedLine, error.Line);
        Assert.Equal("'options' must list at least two things to compare, for example: options: [Flask, Django]", error.Message);
    }

    [Fact]
    public void Parse_RejectsMissingOptions_AtTheFirstLineOfFrontMatter()
    {
        // Arrange
        var text = GuideText.Lines("---", "title: Small Guide", "---", "", "## Quick Answer", "", "Yes.");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Contains("'options' must list at least two things", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_RejectsOptionsThatIsNotAList_WithAnExample()
    {
        // Arrange
        var text = GuideText.With("options: [Flask, Django]", "options: {Flask: 1}");

        // Act
        var result = TestGuides.Parse(text);

        // Assert
        Assert.Null(result.Guide);
        var error = Assert.Single(result.Diagnostics, diagnostic => diagnostic.Message.Contains("must be a list", StringComparison.Ordinal));
        Assert.Equal(6, error.Line);
        Assert.Equal("'options' must be a list, for example: options: [first, second]", error.Message);
    }

    [Fact]
    public void Parse_RejectsDuplicateOption_EvenWhenCaseDiffers()
    {
        // Arrange
        var text = GuideText.With("options: [Flask, Django]", "options: [Flask, Django, flask]");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(6, error.Line);
        Assert.Equal("option 'flask' is listed twice", error.Message);
    }

    [Theory]
    [InlineData("Either")]
    [InlineData("either")]
    public void Parse_RejectsOptionNamedEither_BecauseTheDecisionTableReservesIt(string name)
    {
        // Arrange
        var text = GuideText.With("options: [Flask, Django]", $"options: [Flask, Django, {name}]");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(6, error.Line);
        Assert.Equal("'Either' cannot be an option: the decision table uses it for rows that favour no option", error.Message);
    }

    [Theory]
    [InlineData("2026-02-30")]
    [InlineData("2026-6-2")]
    [InlineData("June 2, 2026")]
    [InlineData("02/06/2026")]
    public void Parse_RejectsInvalidUpdatedDate_AtTheUpdatedLine(string date)
    {
        // Arrange
        var text = GuideText.With("updated: 2026-06-02", $"updated: {date}");

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text));

        // Assert
        Assert.Equal(4, error.Line);
        Assert.Equal($"'updated' must be a date written YYYY-MM-DD, not '{date}'", error.Message);
    }

    [Fact]
    public void Parse_UsesSlugFromFrontMatter_InsteadOfFileName()
    {
        // Arrange
        var text = GuideText.Small(["slug: flask-or-django"]);

        // Act
        var guide = TestGuides.ParseValid(text, "some-file.md");

        // Assert
        Assert.Equal("flask-or-django", guide.Slug);
        Assert.Equal("/guides/flask-or-django", guide.CanonicalPath);
        Assert.Equal("some-file.md", guide.SourcePath);
    }

    [Theory]
    [InlineData("Flask-vs-Django")]
    [InlineData("flask_vs_django")]
    [InlineData("flask--vs-django")]
    [InlineData("-flask")]
    [InlineData("flask vs django")]
    [InlineData("../etc/passwd")]
    public void Parse_RejectsInvalidSlug_AtTheSlugLine(string slug)
    {
        // Arrange
        var text = GuideText.Small([$"slug: \"{slug}\""]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text, "small-guide.md"));

        // Assert
        Assert.Equal(4, error.Line);
        Assert.Equal($"slug '{slug}' may only use a-z, 0-9 and single dashes (for example flask-vs-django)", error.Message);
    }

    [Theory]
    [InlineData("Flask vs Django.md", "Flask vs Django")]
    [InlineData("flask_vs_django.md", "flask_vs_django")]
    [InlineData("python/FlaskDjango.md", "FlaskDjango")]
    [InlineData("flask-vs-django\n.md", "flask-vs-django\n")]
    public void Parse_RejectsFileName_WhenItIsNotAValidSlug(string path, string name)
    {
        // Arrange
        var text = GuideText.Valid;

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text, path));

        // Assert
        Assert.Equal(1, error.Line);
        Assert.Equal(path, error.Path);
        Assert.Equal($"the file name '{name}' is not a valid slug: rename the file using a-z, 0-9 and dashes, or set 'slug' in front matter", error.Message);
    }

    [Fact]
    public void Parse_AcceptsAnyFileName_WhenFrontMatterSetsAValidSlug()
    {
        // Arrange
        var text = GuideText.Small(["slug: flask-vs-django"]);

        // Act
        var guide = TestGuides.ParseValid(text, "Flask vs Django (draft 2).md");

        // Assert
        Assert.Equal("flask-vs-django", guide.Slug);
    }

    [Fact]
    public void Parse_UsesFileNameWithoutFolder_AsSlug()
    {
        // Act
        var guide = TestGuides.ParseValid(GuideText.Valid, "python/flask-vs-django.md");

        // Assert
        Assert.Equal("flask-vs-django", guide.Slug);
        Assert.Equal("python/flask-vs-django.md", guide.SourcePath);
    }

    [Theory]
    [InlineData("guides/old-slug")]
    [InlineData("/Guides/Old")]
    [InlineData("/guides/old slug")]
    [InlineData("/guides/old/")]
    [InlineData("/guides//old")]
    [InlineData("https://example.com/guides/old")]
    [InlineData("/guides/../admin")]
    public void Parse_RejectsInvalidAlias_AtTheAliasesLine(string alias)
    {
        // Arrange
        var text = GuideText.Small([$"aliases: [\"{alias}\"]"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text, "small-guide.md"));

        // Assert
        Assert.Equal(4, error.Line);
        Assert.Equal($"alias '{alias}' must be a path such as /guides/old-slug: '/' then a-z, 0-9, '-' and '.' between slashes", error.Message);
    }

    [Fact]
    public void Parse_RejectsAlias_WhenItIsTheGuidesOwnAddress()
    {
        // Arrange
        var text = GuideText.Small(["aliases: [/guides/small-guide]"]);

        // Act
        var error = TestGuides.SingleError(TestGuides.Parse(text, "small-guide.md"));

        // Assert
        Assert.Equal(4, error.Line);
        Assert.Equal("alias '/guides/small-guide' is this guide's own address", error.Message);
    }

    [Fact]
    public void Parse_KeepsEachValidAliasOnce_InTheOrderWritten()
    {
        // Arrange
        var text = GuideText.Small(["aliases:", "  - /guides/flask-or-django", "  - /compare/flask.django", "  - /guides/flask-or-django"]);

        // Act
        var guide = TestGuides.ParseValid(text, "small-guide.md");

        // Assert
        Assert.Equal(["/guides/flask-or-django", "/compare/flask.django"], guide.Aliases);
    }

    [Fact]
    public void Parse_WarnsAboutUnknownKey_AndStillServesTheGuide()
    {
        // Arrange
        var text = GuideText.Small(["tittle: Typo"]);

        // Act
        var result = TestGuides.Parse(text, "small-guide.md");

        // Assert
        var warning = TestGuides.SingleWarning(result);
        Assert.Equal(4, warning.Line);
        Assert.Equal(
            "unknown front matter key 'tittle' is ignored (known keys: title, summary, updated, reviewed, author, options, tags, slug, aliases, anchors)",
            warning.Message);
        Assert.Equal("Small Guide", result.Guide!.Title);
    }

    [Fact]
    public void Parse_ReportsEveryFrontMatterError_InOnePass()
    {
        // Arrange
        var text = GuideText.Lines("---", "updated: someday", "options: [Flask]", "slug: Bad_Slug", "---", "", "## Quick Answer");

        // Act
        var result = TestGuides.Parse(text, "small-guide.md");

        // Assert
        Assert.Null(result.Guide);
        Assert.Equal([1, 2, 3, 4], result.Diagnostics.Where(diagnostic => diagnostic.IsError).Select(diagnostic => diagnostic.Line).Order());
    }

    [Fact]
    public void Diagnostic_FormatsLikeACompilerMessage_WithPathLineAndSeverity()
    {
        // Arrange
        var text = GuideText.Small(["tittle: Typo"]);
        var warning = TestGuides.SingleWarning(TestGuides.Parse(text, "small-guide.md"));

        // Act
        var formatted = warning.Format("content/small-guide.md");

        // Assert
        Assert.StartsWith("content/small-guide.md:4: warning: unknown front matter key 'tittle'", formatted, StringComparison.Ordinal);
    }
}
