using System.Globalization;
using System.Text;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Tests;

/// <summary>Loads real folders: each test gets its own temporary folder, deleted afterwards.</summary>
public sealed class FolderLoadTests : IDisposable
{
    private const long MaxFileBytes = 4_000;

    private readonly string workspace = Path.Combine(Path.GetTempPath(), "frameworkguide-content-tests-" + Guid.NewGuid().ToString("N"));

    public FolderLoadTests()
    {
        Directory.CreateDirectory(ContentFolder);
        Directory.CreateDirectory(OutsideFolder);
    }

    private string ContentFolder => Path.Combine(workspace, "content");

    private string OutsideFolder => Path.Combine(workspace, "outside");

    public void Dispose() => Directory.Delete(workspace, recursive: true);

    [Fact]
    public void Load_ServesEveryGuideOfTheFolder()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        Write("fastapi-vs-flask.md", GuideText.Small());

        // Act
        var set = Load();

        // Assert
        Assert.Equal(["fastapi-vs-flask", "flask-vs-django"], set.BySlug.Keys.Order(StringComparer.Ordinal));
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Load_ReadsSubfolders_WithForwardSlashPaths()
    {
        // Arrange
        Write("python/web/flask-vs-django.md", GuideText.Valid);

        // Act
        var set = Load();

        // Assert
        var guide = Assert.Single(set.Guides);
        Assert.Equal("flask-vs-django", guide.Slug);
        Assert.Equal("python/web/flask-vs-django.md", guide.SourcePath);
        Assert.Equal("python/web/flask-vs-django.md", Assert.Single(set.Files).Path);
    }

    [Fact]
    public void Load_SkipsDraftsHiddenFilesAndOtherExtensions()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        Write("_draft.md", "");
        Write(".hidden.md", "");
        Write("_drafts/fastapi-vs-flask.md", "");
        Write(".git/notes.md", "");
        Write("python/_wip.md", "");
        Write("notes.txt", "");
        Write("readme.markdown", "");
        Write("guide.md.bak", "");

        // Act
        var set = Load();

        // Assert
        Assert.Equal(["flask-vs-django.md"], set.Files.Select(file => file.Path));
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Load_RejectsFileOverTheSizeLimit_NamingTheLimit()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid + new string('x', (int)MaxFileBytes));

        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("flask-vs-django.md", 1, true), (error.Path, error.Line, error.IsError));
        Assert.Contains($"over the limit of {MaxFileBytes.ToString("N0", CultureInfo.CurrentCulture)} (Guide:MaxFileBytes)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AcceptsFileOfExactlyTheLimit()
    {
        // Arrange
        var text = GuideText.Valid;
        var path = Write("flask-vs-django.md", text);
        var reader = Reader(Encoding.UTF8.GetByteCount(text));

        // Act
        var result = reader.Read(ContentFolder, path);

        // Assert
        Assert.NotNull(result.Guide);
    }

    [Fact]
    public void Read_RejectsFileOneByteOverTheLimit()
    {
        // Arrange
        var text = GuideText.Valid;
        var limit = Encoding.UTF8.GetByteCount(text) - 1;
        var path = Write("flask-vs-django.md", text);

        // Act
        var result = Reader(limit).Read(ContentFolder, path);

        // Assert
        var error = TestGuides.SingleError(result);
        Assert.Contains($"over the limit of {limit.ToString("N0", CultureInfo.CurrentCulture)}", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { (byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)'.', (byte)'\n' })] // 'é' in Latin-1: invalid on its own in UTF-8
    [InlineData(new byte[] { 0, 1, 2, 0 })] // a binary file: NUL bytes
    public void Load_RejectsInvalidUtf8OrBinaryBytes_AskingForUtf8(byte[] tail)
    {
        // Arrange
        WriteBytes("flask-vs-django.md", [.. Encoding.UTF8.GetBytes(GuideText.Valid), .. tail]);

        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(1, error.Line);
        Assert.Equal("the file is not UTF-8 text: save it as UTF-8", error.Message);
    }

    [Fact]
    public void Load_RejectsUtf16File_AskingForUtf8()
    {
        // Arrange
        WriteBytes("flask-vs-django.md", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(GuideText.Valid)).ToArray());

        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        Assert.Equal("the file is not UTF-8 text: save it as UTF-8", Assert.Single(set.Diagnostics).Message);
    }

    [Fact]
    public void Load_AcceptsByteOrderMark_AndKeepsLineNumbers()
    {
        // Arrange
        var text = GuideText.With("options: [Flask, Django]", "options: [Flask, Django]\ntittle: typo");
        WriteBytes("flask-vs-django.md", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray());

        // Act
        var set = Load();

        // Assert
        var guide = Assert.Single(set.Guides);
        Assert.Equal("Flask vs Django", guide.Title);
        var warning = Assert.Single(set.Diagnostics);
        Assert.Equal(7, warning.Line);
        Assert.Contains("'tittle'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsWindowsLineEndings_WithCorrectLineNumbers()
    {
        // Arrange
        var text = GuideText.With("author: Joseph Nilo", "author: Joseph Nilo\ntittle: typo")
            .Replace("## When Django Fits", "## When Rails Fits", StringComparison.Ordinal)
            .Replace("At first.", "At first, see [FastAPI](/guides/fastapi-vs-flask).", StringComparison.Ordinal)
            .Replace("\n", "\r\n", StringComparison.Ordinal);
        Write("flask-vs-django.md", text);

        // Act
        var set = Load();

        // Assert
        var guide = Assert.Single(set.Guides);
        Assert.Equal(["Flask", "Django"], guide.Options.Select(option => option.Name));
        Assert.Equal(3, guide.DecisionTable!.Rows.Count);
        Assert.Equal("<p>At first, see <a href=\"/guides/fastapi-vs-flask\">FastAPI</a>.</p>", guide.Faq!.Items[0].AnswerHtml);
        Assert.Equal(
            [(6, false), (28, false), (40, true)],
            set.Diagnostics.Select(diagnostic => (diagnostic.Line, diagnostic.IsError)));
    }

    [Fact]
    public void Load_ReportsErrorLine_InAWindowsLineEndingFile()
    {
        // Arrange
        var text = GuideText.With("| Internal admin tool | Django |", "| Internal admin tool | Rails |").Replace("\n", "\r\n", StringComparison.Ordinal);
        Write("flask-vs-django.md", text);

        // Act
        var set = Load();

        // Assert
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal("flask-vs-django.md:20: error: 'Rails' is not one of the options (Flask, Django) or Either", error.ToString());
    }

    [Fact]
    public void Load_RejectsEmptyFile()
    {
        // Arrange
        Write("flask-vs-django.md", "");

        // Act
        var set = Load();

        // Assert
        var file = Assert.Single(set.Files);
        Assert.False(file.IsServed);
        var error = Assert.Single(file.Diagnostics);
        Assert.Equal(1, error.Line);
        Assert.StartsWith("the file is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsFileWithOnlyAByteOrderMark_AsEmpty()
    {
        // Arrange
        WriteBytes("flask-vs-django.md", Encoding.UTF8.GetPreamble());

        // Act
        var set = Load();

        // Assert
        Assert.StartsWith("the file is empty", Assert.Single(set.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsLinkToAFileOutsideTheFolder()
    {
        // Arrange
        var secret = Path.Combine(OutsideFolder, "secret.md");
        File.WriteAllText(secret, GuideText.Valid);
        File.CreateSymbolicLink(Path.Combine(ContentFolder, "flask-vs-django.md"), secret);

        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("flask-vs-django.md", 1, true), (error.Path, error.Line, error.IsError));
        Assert.Contains("outside the content folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RejectsFilesInALinkedFolderOutsideTheFolder()
    {
        // Arrange
        File.WriteAllText(Path.Combine(OutsideFolder, "flask-vs-django.md"), GuideText.Valid);
        Directory.CreateSymbolicLink(Path.Combine(ContentFolder, "linked"), OutsideFolder);

        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("linked/flask-vs-django.md", 1, true), (error.Path, error.Line, error.IsError));
        Assert.Contains("outside the content folder", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ReadsLinkToAFileInsideTheFolder()
    {
        // Arrange
        var target = Write("_shared/flask-vs-django.md", GuideText.Valid);
        File.CreateSymbolicLink(Path.Combine(ContentFolder, "flask-vs-django.md"), target);

        // Act
        var set = Load();

        // Assert
        Assert.Equal("Flask vs Django", Assert.Single(set.Guides).Title);
        Assert.Empty(set.Diagnostics);
    }

    [Fact]
    public void Load_RejectsBrokenLink()
    {
        // Arrange
        File.CreateSymbolicLink(Path.Combine(ContentFolder, "flask-vs-django.md"), Path.Combine(OutsideFolder, "gone.md"));

        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        Assert.True(Assert.Single(set.Diagnostics).IsError);
    }

    [Fact]
    public void Load_StillLoads_WhenEveryFileIsBad()
    {
        // Arrange
        Write("empty.md", "");
        Write("no-front-matter.md", GuideText.Body);
        Write("bad-pick.md", GuideText.With("| Django | The built-in admin. |", "| Rails | The built-in admin. |"));
        WriteBytes("binary.md", [0x00, 0xFF, 0x00]);

        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        Assert.Equal(["bad-pick.md", "binary.md", "empty.md", "no-front-matter.md"], set.Files.Select(file => file.Path));
        Assert.All(set.Files, file => Assert.Contains(file.Diagnostics, diagnostic => diagnostic.IsError));
        Assert.Equal(4, set.RejectedCount);
        Assert.Equal(4, set.ErrorCount);
    }

    [Fact]
    public void Load_ServesGoodGuides_BesideBadOnes()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        Write("broken.md", "---\ntitle: [unclosed\n---\n");

        // Act
        var set = Load();

        // Assert
        Assert.Equal(["flask-vs-django"], set.Guides.Select(guide => guide.Slug));
        Assert.False(Assert.Single(set.Files, file => file.Path == "broken.md").IsServed);
    }

    [Fact]
    public void Load_ReportsUnreadableFrontMatter_WithoutFailingTheWholeLoad()
    {
        // Arrange: YamlDotNet throws a non-YAML exception for this; one file must not take the site down.
        Write("flask-vs-django.md", GuideText.Valid);
        Write("broken.md", "---\ntitle: T\noptions: [Flask, Django\nsummary: S\n---\n");

        // Act
        var set = Load();

        // Assert
        Assert.Equal(["flask-vs-django"], set.Guides.Select(guide => guide.Slug));
        var error = Assert.Single(set.Diagnostics);
        Assert.Equal(("broken.md", 3), (error.Path, error.Line));
    }

    [Fact]
    public void Load_Throws_WhenTheFolderDoesNotExist()
    {
        // Arrange
        var missing = Path.Combine(workspace, "no-such-folder");
        var library = new ContentLibrary(Reader(MaxFileBytes), missing, TimeProvider.System);

        // Act
        var error = Assert.Throws<DirectoryNotFoundException>(library.LoadAll);

        // Assert
        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_GivesAnEmptySet_WhenTheFolderIsEmpty()
    {
        // Act
        var set = Load();

        // Assert
        Assert.Empty(set.Guides);
        Assert.Empty(set.Files);
        Assert.Empty(set.Diagnostics);
    }

    private static ContentFileReader Reader(long maxFileBytes) => new(new GuideParser(new GuideMarkdown()), maxFileBytes);

    private ContentSet Load() => new ContentLibrary(Reader(MaxFileBytes), ContentFolder, TimeProvider.System).LoadAll();

    private string Write(string relativePath, string text) => WriteBytes(relativePath, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(ContentFolder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
