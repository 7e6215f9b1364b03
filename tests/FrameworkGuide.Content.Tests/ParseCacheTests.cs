using System.Text;
using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Synthetic;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Content.Tests;

/// <summary>
/// The parse cache lets a restart skip parsing the files it already knows: what it gives back must be
/// exactly what parsing gives, today's staleness warnings included, and a bad cache file must only
/// cost the time of parsing.
/// </summary>
public sealed class ParseCacheTests : IDisposable
{
    private static readonly GuideMarkdown Markdown = new();
    private readonly string content = Directory.CreateTempSubdirectory("fg-cache-content-").FullName;
    private readonly string cacheFolder = Path.Combine(Directory.CreateTempSubdirectory("fg-cache-").FullName, "parse");
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public void ResultsReadBack_AreThoseOfTheParse_ForEveryGuideOfTheRepoAndOfTheGenerator()
    {
        // Arrange: the site's guides, the functional tests' (hostile markup, a broken pick), a guide
        // with errors, one with warnings, and synthetic guides of every shape the generator makes.
        var root = RepositoryRoot();
        var texts = Directory.GetFiles(Path.Combine(root, "content"), "*.md")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "FrameworkGuide.Web.Tests", "TestContent"), "*.md"))
            .Select(file => (Path: Path.GetRelativePath(root, file).Replace('\\', '/'), Text: File.ReadAllText(file)))
            .ToList();
        texts.Add(("valid.md", GuideText.Valid));
        texts.Add(("broken.md", GuideText.With("| Internal admin tool | Django |", "| Internal admin tool | Rails |")));
        texts.Add(("warned.md", GuideText.With("updated: 2026-06-02", "updated: 2020-01-01\nanchors: { when-flask-fits: quick-answer }")));
        var synthetic = Path.Combine(content, "synthetic");
        GuideSet.Write(synthetic, 120, seed: 7);
        texts.AddRange(Directory.GetFiles(synthetic).Select(file => ("synthetic/" + Path.GetFileName(file), File.ReadAllText(file))));
        var parser = new GuideParser(Markdown, new ContentRules(clock));
        var parsed = texts.Select(text => (text.Path, Hash: Hash(text.Text), Result: parser.ParseUndated(text.Path, text.Text))).ToList();
        Assert.Contains(parsed, item => item.Result.Guide is null);
        Assert.Contains(parsed, item => item.Result.Guide is not null && item.Result.Diagnostics.Count > 0);
        using (var writer = ParseCache.Open(cacheFolder, content))
        {
            foreach (var (path, hash, result) in parsed)
            {
                writer.Keep(path, hash, result);
            }

            Assert.True(writer.Save(parsed.Select(item => item.Path).ToList()));
        }

        // Act
        using var reader = ParseCache.Open(cacheFolder, content);

        // Assert
        Assert.Null(reader.Problem);
        Assert.Equal(parsed.Count, reader.StoredCount);
        foreach (var (path, hash, result) in parsed)
        {
            ModelAssert.Equivalent(result, reader.Find(path, hash), path);
        }

        Assert.Equal(parsed.Count, reader.Hits);
    }

    [Fact]
    public void ARestart_ParsesNoFile_AndServesTheSameGuides()
    {
        // Arrange
        GuideSet.Write(content, 30, seed: 3);
        var first = Library();
        var before = first.LoadAll();
        Assert.True(first.SaveCache());

        // Act
        var second = Library();
        var after = second.LoadAll();

        // Assert
        Assert.Equal(30, second.Cache!.Hits);
        Assert.Equal(0, second.Cache.Misses);
        ModelAssert.Equivalent(before.Guides, after.Guides, "guides");
        ModelAssert.Equivalent(before.Files.Select(file => file.Diagnostics), after.Files.Select(file => file.Diagnostics), "diagnostics");
        Assert.False(second.SaveCache());
    }

    [Fact]
    public void AnEditedFile_IsParsedAgain_AndTheOthersComeFromTheCache()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        Write("other.md", GuideText.With("title: Flask vs Django", "title: Other"));
        SaveOneRun();

        Write("flask-vs-django.md", GuideText.With("title: Flask vs Django", "title: Flask vs Django, edited"));

        // Act
        var second = Library();
        var set = second.LoadAll();

        // Assert
        Assert.Equal("Flask vs Django, edited", set.BySlug["flask-vs-django"].Title);
        Assert.Equal("Other", set.BySlug["other"].Title);
        Assert.Equal(1, second.Cache!.Hits);
        Assert.Equal(1, second.Cache.Misses);
    }

    [Fact]
    public void ASaveAfterAnEdit_CopiesTheResultsThatDidNotChange_AndEveryResultReadsBackAsParsed()
    {
        // Arrange: a cache of synthetic guides, then one edited, loaded and saved again; the
        // unchanged results are copied from the first file, the edited one written.
        GuideSet.Write(content, 40, seed: 11);
        SaveOneRun();
        var edited = Path.Combine(content, Directory.GetFiles(content).Select(Path.GetFileName).Order(StringComparer.Ordinal).First()!);
        File.WriteAllText(edited, File.ReadAllText(edited).Replace("title: \"", "title: \"Edited: ", StringComparison.Ordinal));
        var second = Library();
        var set = second.LoadAll();
        Assert.Equal(1, second.Cache!.Misses);
        Assert.True(second.SaveCache());

        // Act
        var third = Library();
        var again = third.LoadAll();

        // Assert
        Assert.Equal(0, third.Cache!.Misses);
        Assert.Equal(40, third.Cache.Hits);
        Assert.Equal(set.Guides.Select(guide => guide.Slug), again.Guides.Select(guide => guide.Slug));
        foreach (var guide in set.Guides)
        {
            ModelAssert.Equivalent(guide, again.BySlug[guide.Slug], guide.Slug);
        }
    }

    [Fact]
    public void TheStalenessWarning_FollowsTodaysDate_NotTheDayTheCacheWasWritten()
    {
        // Arrange: updated 2026-06-02 is fresh on 2026-11-25 and stale a year later.
        Write("flask-vs-django.md", GuideText.Valid);
        var first = Library();
        Assert.Empty(Assert.Single(first.LoadAll().Files).Diagnostics);
        Assert.True(first.SaveCache());

        clock.Advance(TimeSpan.FromDays(400));

        // Act
        var second = Library();
        var file = Assert.Single(second.LoadAll().Files);

        // Assert
        Assert.Equal(1, second.Cache!.Hits);
        var warning = Assert.Single(file.Diagnostics);
        Assert.Equal(Diagnostics.Severity.Warning, warning.Severity);
        Assert.Equal(4, warning.Line);
        Assert.Equal("flask-vs-django.md", warning.Path);
        Assert.StartsWith("last reviewed 2026-06-02, more than 365 days ago", warning.Message, StringComparison.Ordinal);
        Assert.Equal(new GuideParser(Markdown, new ContentRules(clock)).Parse("flask-vs-django.md", GuideText.Valid).Diagnostics, file.Diagnostics);
    }

    [Fact]
    public void ADamagedEntry_IsParsedAgain()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        var file = SaveOneRun();
        var bytes = File.ReadAllBytes(file);
        var at = bytes.AsSpan().IndexOf("Quick Answer"u8);
        bytes[at] ^= 0x20;
        File.WriteAllBytes(file, bytes);

        // Act
        var library = Library();
        var set = library.LoadAll();

        // Assert
        Assert.Equal("Flask vs Django", set.BySlug["flask-vs-django"].Title);
        Assert.Equal("Quick Answer", set.BySlug["flask-vs-django"].QuickAnswer!.Title);
        Assert.Equal(0, library.Cache!.Hits);
        Assert.Equal(1, library.Cache.Misses);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("garbage")]
    [InlineData("empty")]
    public void ADamagedFile_IsNotUsed_AndEveryGuideIsParsed(string damage)
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        var file = SaveOneRun();
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, damage switch
        {
            "truncated" => bytes[..^5],
            "garbage" => [.. "FGPARSE1"u8, .. Enumerable.Repeat((byte)0xFF, 64)],
            _ => [],
        });

        // Act
        var library = Library();
        var set = library.LoadAll();

        // Assert
        Assert.Equal("Flask vs Django", set.BySlug["flask-vs-django"].Title);
        Assert.Equal(0, library.Cache!.StoredCount);
        Assert.Equal(1, library.Cache.Misses);
        Assert.True(library.SaveCache(), "the damaged file is replaced by a good one");
        var next = Library();
        next.LoadAll();
        Assert.Equal(1, next.Cache!.Hits);
    }

    [Fact]
    public void AnEntryWhoseTextPointsAtASectionBeingRead_IsAFormatError_NotACrash()
    {
        // A result whose first option's section body refers back to that very section, still being
        // read: only a crafted file gets past the checksum with this, and the cache then treats the
        // entry as missing (FormatException) instead of failing the whole load.
        byte[] bytes =
        [
            0, // no diagnostics
            0, // not last checked
            1, // a guide
            1, 1, (byte)'a', // slug "a", the first thing seen (index 0)
            2, 2, // source path and title: "a" again
            0, 0, 0, 0, // no summary, no dates, no author
            1, // one option
            2, // named "a"
            1, // its section follows (index 1, being read)
            2, 2, 2, // id, title and title HTML "a"
            3, // its HTML: a back reference to index 1, the section itself
        ];

        Assert.Throws<FormatException>(() => ParseResultFormat.Read(bytes, bytes.Length));
    }

    [Fact]
    public void AFileOfAnotherBuild_IsNotUsed()
    {
        // Arrange: the same file, but naming another build in its header.
        Write("flask-vs-django.md", GuideText.Valid);
        var file = SaveOneRun();
        var bytes = File.ReadAllBytes(file);
        var key = Encoding.UTF8.GetBytes(ParseCache.BuildKey);
        var at = bytes.AsSpan().IndexOf(key);
        bytes[at] = (byte)(bytes[at] == (byte)'0' ? '1' : '0');
        File.WriteAllBytes(file, bytes);

        // Act
        using var cache = ParseCache.OpenFile(file);

        // Assert
        Assert.Equal(0, cache.StoredCount);
        Assert.Null(cache.Problem);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void TheCache_IsReadableOnlyByItsOwner_AndAFileOthersMayWriteIsNotRead()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        var file = SaveOneRun();

        // Assert: made private
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(cacheFolder));

        // Act: someone opens it to others
        File.SetUnixFileMode(file, File.GetUnixFileMode(file) | UnixFileMode.OtherWrite);
        using var cache = ParseCache.OpenFile(file);

        // Assert
        Assert.Equal(0, cache.StoredCount);
        Assert.Equal("others may write to the file, so it is not read", cache.Problem);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void ACacheInAFolderOthersMayWrite_IsNotRead()
    {
        // Arrange: someone else could have put a file of their own there.
        Write("flask-vs-django.md", GuideText.Valid);
        var file = SaveOneRun();
        File.SetUnixFileMode(cacheFolder, File.GetUnixFileMode(cacheFolder) | UnixFileMode.GroupWrite | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);

        // Act
        using var cache = ParseCache.OpenFile(file);

        // Assert
        Assert.Equal(0, cache.StoredCount);
        Assert.Equal("others may write to its folder, so it is not read", cache.Problem);
    }

    [Fact]
    public void Save_WritesNothing_WhenNothingChanged_AndForgetsDeletedFiles()
    {
        // Arrange
        Write("flask-vs-django.md", GuideText.Valid);
        Write("other.md", GuideText.With("title: Flask vs Django", "title: Other"));
        SaveOneRun();

        // Act
        var unchanged = Library();
        unchanged.LoadAll();
        var wroteUnchanged = unchanged.SaveCache();
        File.Delete(Path.Combine(content, "other.md"));
        var set = unchanged.Apply([Path.Combine(content, "other.md")]);
        var wroteAfterDelete = unchanged.SaveCache();

        // Assert
        Assert.False(wroteUnchanged);
        Assert.True(wroteAfterDelete);
        Assert.Single(set.Guides);
        using var cache = ParseCache.Open(cacheFolder, content);
        Assert.Equal(1, cache.StoredCount);
    }

    public void Dispose()
    {
        Directory.Delete(content, recursive: true);
        Directory.Delete(Path.GetDirectoryName(cacheFolder)!, recursive: true);
    }

    private ContentLibrary Library() =>
        new(new ContentFileReader(new GuideParser(Markdown, new ContentRules(clock)), 1024 * 1024), content, clock, ParseCache.Open(cacheFolder, content));

    /// <summary>Loads the content once with a cache and saves it; returns the cache file.</summary>
    private string SaveOneRun()
    {
        var library = Library();
        library.LoadAll();
        Assert.True(library.SaveCache());
        return library.Cache!.File;
    }

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(content, name), text);

    private static Hash128 Hash(string text) => ParseCache.Hash(Encoding.UTF8.GetBytes(text));

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "FrameworkGuide.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("FrameworkGuide.sln not found above " + AppContext.BaseDirectory);
    }
}
