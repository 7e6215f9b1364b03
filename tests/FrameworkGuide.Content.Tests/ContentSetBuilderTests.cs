using FrameworkGuide.Content.Loading;

namespace FrameworkGuide.Content.Tests;

public class ContentSetBuilderTests
{
    [Fact]
    public void Build_ServesEveryValidGuide_BySlug()
    {
        // Arrange
        var files = new[] { Parsed("flask-vs-django.md", GuideText.Valid), Parsed("fastapi-vs-flask.md", Guide("FastAPI vs Flask")) };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal(["fastapi-vs-flask", "flask-vs-django"], set.BySlug.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("FastAPI vs Flask", set.BySlug["fastapi-vs-flask"].Title);
        Assert.All(set.Files, file => Assert.True(file.IsServed));
        Assert.Equal(0, set.ErrorCount);
        Assert.Equal(0, set.RejectedCount);
    }

    [Fact]
    public void Build_GivesSlugToTheFileNamedAfterIt_WhenTwoFilesClaimIt()
    {
        // Arrange: "a-copy.md" sorts first but only its front matter claims the slug.
        var files = new[]
        {
            Parsed("flask-vs-django.md", Guide("The Original")),
            Parsed("a-copy.md", Guide("The Copy", "slug: flask-vs-django")),
        };

        // Act
        var set = Build(files);

        // Assert
        var guide = Assert.Single(set.Guides);
        Assert.Equal("The Original", guide.Title);
        Assert.Equal("flask-vs-django.md", guide.SourcePath);
        var copy = Assert.Single(set.Files, file => file.Path == "a-copy.md");
        Assert.False(copy.IsServed);
        var error = Assert.Single(copy.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(1, error.Line);
        Assert.Equal("slug 'flask-vs-django' is already used by flask-vs-django.md: give this guide another slug", error.Message);
        Assert.Equal(1, set.RejectedCount);
        Assert.Contains(error, set.Diagnostics);
    }

    [Fact]
    public void Build_GivesSlugToTheFirstFileByPath_WhenNoFileIsNamedAfterIt()
    {
        // Arrange
        var files = new[]
        {
            Parsed("b-second.md", Guide("Second", "slug: shared")),
            Parsed("a-first.md", Guide("First", "slug: shared")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal("First", set.BySlug["shared"].Title);
        Assert.False(Assert.Single(set.Files, file => file.Path == "b-second.md").IsServed);
    }

    [Fact]
    public void Build_ListsGuidesMostRecentlyUpdatedFirst_ThenByTitle()
    {
        // Arrange
        var files = new[]
        {
            Parsed("old.md", Guide("Old", "updated: 2024-01-15")),
            Parsed("undated.md", Guide("Undated")),
            Parsed("new.md", Guide("New", "updated: 2026-06-02")),
            Parsed("also-new-b.md", Guide("beta", "updated: 2026-06-02")),
            Parsed("also-new-a.md", Guide("Alpha", "updated: 2026-06-02")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal(["Alpha", "beta", "New", "Old", "Undated"], set.Guides.Select(guide => guide.Title));
    }

    [Fact]
    public void Build_GroupsGuidesByTagSlug_InIndexOrder()
    {
        // Arrange
        var files = new[]
        {
            Parsed("older.md", Guide("Older", "updated: 2025-01-01", "tags: [Web Frameworks, python]")),
            Parsed("newer.md", Guide("Newer", "updated: 2026-01-01", "tags: [web-frameworks]")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal(["python", "web-frameworks"], set.Tags.Select(group => group.Tag.Slug));
        var web = set.FindTag("web-frameworks");
        Assert.NotNull(web);
        Assert.Equal(["Newer", "Older"], web.Guides.Select(guide => guide.Title));
        Assert.Equal("web-frameworks", web.Tag.Name);
        Assert.Equal(["Older"], set.FindTag("python")!.Guides.Select(guide => guide.Title));
        Assert.Null(set.FindTag("Web Frameworks"));
    }

    [Fact]
    public void Build_MapsEachAliasToItsGuide()
    {
        // Arrange
        var files = new[] { Parsed("flask-vs-django.md", Guide("Flask vs Django", "aliases: [/guides/flask-or-django, /compare/flask-django]")) };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal("flask-vs-django", set.Aliases["/guides/flask-or-django"]);
        Assert.Equal("flask-vs-django", set.Aliases["/compare/flask-django"]);
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Build_RejectsAliasClaimedTwice_OnTheSecondGuideOnly()
    {
        // Arrange
        var files = new[]
        {
            Parsed("b-guide.md", Guide("B", "aliases: [/guides/old]")),
            Parsed("a-guide.md", Guide("A", "aliases: [/guides/old]")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal("a-guide", set.Aliases["/guides/old"]);
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("b-guide.md", Diagnostics.Severity.Error), (error.Path, error.Severity));
        Assert.Equal("alias '/guides/old' already leads to /guides/a-guide", error.Message);
    }

    [Fact]
    public void Build_RejectsAlias_WhenItIsAnotherGuidesAddress()
    {
        // Arrange
        var files = new[]
        {
            Parsed("flask-vs-django.md", Guide("Flask vs Django")),
            Parsed("new-guide.md", Guide("New", "aliases: [/guides/flask-vs-django, /guides/flask-vs-django/faq]")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Empty(set.Aliases);
        Assert.Equal(
            ["alias '/guides/flask-vs-django' is the address of another guide", "alias '/guides/flask-vs-django/faq' is the address of another guide"],
            set.Diagnostics.Select(diagnostic => diagnostic.Message));
        Assert.All(set.Diagnostics, diagnostic => Assert.Equal("new-guide.md", diagnostic.Path));
    }

    [Fact]
    public void Build_AcceptsAlias_ThatOnlyBeginsWithTheNameOfAnotherGuide()
    {
        // Arrange
        var files = new[]
        {
            Parsed("flask-vs-django.md", Guide("Flask vs Django")),
            Parsed("new-guide.md", Guide("New", "aliases: [/guides/flask-vs-django-2019, /old/flask-vs-django/faq]")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Empty(set.Diagnostics);
        Assert.Equal("new-guide", set.Aliases["/guides/flask-vs-django-2019"]);
        Assert.Equal("new-guide", set.Aliases["/old/flask-vs-django/faq"]);
    }

    [Fact]
    public void Build_ReportsLinkToMissingGuide_ButStillServesTheLinkingGuide()
    {
        // Arrange
        var files = new[] { Parsed("flask-vs-django.md", GuideText.With("APIs and prototypes.", "See [FastAPI](/guides/fastapi-vs-flask).")) };

        // Act
        var set = Build(files);

        // Assert
        Assert.True(set.BySlug.ContainsKey("flask-vs-django"));
        var file = Assert.Single(set.Files);
        Assert.True(file.IsServed);
        var error = Assert.Single(file.Diagnostics);
        Assert.True(error.IsError);
        Assert.Equal(25, error.Line);
        Assert.Equal("link to '/guides/fastapi-vs-flask': there is no guide 'fastapi-vs-flask'", error.Message);
        Assert.Equal(1, set.ErrorCount);
        Assert.Equal(0, set.RejectedCount);
    }

    [Fact]
    public void Build_ReportsLinkToMissingFragment_AtTheLinkLine()
    {
        // Arrange
        var files = new[]
        {
            Parsed("flask-vs-django.md", GuideText.With("APIs and prototypes.", "See [FastAPI](/guides/fastapi-vs-flask#when-rails-fits).")),
            Parsed("fastapi-vs-flask.md", Guide("FastAPI vs Flask")),
        };

        // Act
        var set = Build(files);

        // Assert
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("flask-vs-django.md", 25), (error.Path, error.Line));
        Assert.Equal("link to '/guides/fastapi-vs-flask#when-rails-fits': guide 'fastapi-vs-flask' has no part with the id 'when-rails-fits'", error.Message);
    }

    [Theory]
    [InlineData("/guides/flask-vs-django")]
    [InlineData("/guides/flask-vs-django#can-you-switch-later")]
    [InlineData("/guides/flask-vs-django#need-internal-admin-tool")]
    [InlineData("/guides/flask-vs-django/faq#is-flask-easier-than-django")]
    [InlineData("/guides/flask-vs-django/decision-table")]
    public void Build_AcceptsLinks_ToPartsThatExist(string url)
    {
        // Arrange
        var files = new[]
        {
            Parsed("flask-vs-django.md", GuideText.Valid),
            Parsed("fastapi-vs-flask.md", GuideWithBody("FastAPI vs Flask", $"See [Flask vs Django]({url}).")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Build_ReportsLinkThroughAnOldAlias_NamingTheNewAddress()
    {
        // Arrange
        var files = new[]
        {
            Parsed("flask-vs-django.md", Guide("Flask vs Django", "aliases: [/guides/flask-or-django]")),
            Parsed("fastapi-vs-flask.md", GuideWithBody("FastAPI vs Flask", "See [the old guide](/guides/flask-or-django).")),
        };

        // Act
        var set = Build(files);

        // Assert
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("fastapi-vs-flask.md", 10), (error.Path, error.Line));
        Assert.Equal("link to '/guides/flask-or-django' uses an old address: link to /guides/flask-vs-django instead", error.Message);
        Assert.Equal(2, set.Guides.Count);
    }

    [Fact]
    public void Build_ReportsLinkToGuideThatFailedToParse()
    {
        // Arrange
        var files = new[]
        {
            Parsed("flask-vs-django.md", GuideText.With("| Django | The built-in admin. |", "| Rails | The built-in admin. |")),
            Parsed("fastapi-vs-flask.md", GuideWithBody("FastAPI vs Flask", "See [Flask vs Django](/guides/flask-vs-django).")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal(["fastapi-vs-flask"], set.Guides.Select(guide => guide.Slug));
        Assert.Contains(set.Diagnostics, diagnostic => diagnostic.Path == "fastapi-vs-flask.md" && diagnostic.Message.Contains("there is no guide 'flask-vs-django'", StringComparison.Ordinal));
        Assert.Equal(1, set.RejectedCount);
        Assert.Equal(2, set.ErrorCount);
    }

    [Fact]
    public void Build_KeepsDiagnosticsOfEveryFile_InPathOrder()
    {
        // Arrange
        var files = new[]
        {
            Parsed("z-warning.md", Guide("Z", "tittle: typo")),
            Parsed("a-empty.md", ""),
            Parsed("m-valid.md", Guide("M")),
        };

        // Act
        var set = Build(files);

        // Assert
        Assert.Equal(["a-empty.md", "m-valid.md", "z-warning.md"], set.Files.Select(file => file.Path));
        Assert.Equal([false, true, true], set.Files.Select(file => file.IsServed));
        Assert.Equal(["a-empty.md", "z-warning.md"], set.Diagnostics.Select(diagnostic => diagnostic.Path));
        Assert.Equal((1, 1, 1), (set.ErrorCount, set.WarningCount, set.RejectedCount));
    }

    [Fact]
    public void Build_GivesAnEmptySet_WhenThereAreNoFiles()
    {
        // Act
        var set = Build([]);

        // Assert
        Assert.Empty(set.Guides);
        Assert.Empty(set.Tags);
        Assert.Empty(set.Files);
        Assert.Equal(0, set.ErrorCount);
    }

    /// <summary>A short valid guide. Its body (line 10 on) follows the Quick Answer.</summary>
    private static string Guide(string title, params string[] frontMatter) =>
        GuideText.Small(frontMatter).Replace("title: Small Guide", $"title: {title}", StringComparison.Ordinal);

    private static string GuideWithBody(string title, string body) =>
        GuideText.Small(null, body).Replace("title: Small Guide", $"title: {title}", StringComparison.Ordinal);

    private static (string Path, Parsing.ParseResult Result) Parsed(string path, string text) => (path, TestGuides.Parse(text, path));

    private static ContentSet Build(IEnumerable<(string Path, Parsing.ParseResult Result)> files) =>
        ContentSetBuilder.Build(files, TimeSpan.Zero);
}
