using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Content.Tests;

/// <summary>The library the running site reloads from: only changed files are read, and nothing good is lost.</summary>
public sealed class ContentLibraryTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("fg-library-").FullName;
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly ContentLibrary library;

    public ContentLibraryTests()
    {
        library = new ContentLibrary(new ContentFileReader(new GuideParser(new GuideMarkdown()), 1024 * 1024), folder, clock);
    }

    [Fact]
    public void Apply_ServesTheLastGoodVersion_WhenAnEditBreaksAGuide()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        var good = library.LoadAll().BySlug["flask-vs-django"];

        Write("flask-vs-django.md", GuideText.With("| Internal admin tool | Django |", "| Internal admin tool | Rails |"));
        var set = library.Apply([Path.Combine(folder, "flask-vs-django.md")]);

        Assert.Same(good, set.BySlug["flask-vs-django"]);
        var file = Assert.Single(set.Files);
        Assert.True(file.ServingLastGood);
        Assert.Contains(file.Diagnostics, diagnostic => diagnostic.IsError && diagnostic.Message.StartsWith("'Rails' is not one of the options", StringComparison.Ordinal));
    }

    [Fact]
    public void Apply_ReplacesTheLastGoodVersion_WhenTheEditIsFixed()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        library.LoadAll();
        Write("flask-vs-django.md", GuideText.With("| Internal admin tool | Django |", "| Internal admin tool | Rails |"));
        library.Apply([Path.Combine(folder, "flask-vs-django.md")]);

        Write("flask-vs-django.md", GuideText.With("title: Flask vs Django", "title: Flask vs Django, fixed"));
        var set = library.Apply([Path.Combine(folder, "flask-vs-django.md")]);

        Assert.Equal("Flask vs Django, fixed", set.BySlug["flask-vs-django"].Title);
        Assert.False(Assert.Single(set.Files).ServingLastGood);
    }

    [Fact]
    public void Apply_DropsTheGuide_WhenItsFileIsDeleted()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        library.LoadAll();

        File.Delete(Path.Combine(folder, "flask-vs-django.md"));
        var set = library.Apply([Path.Combine(folder, "flask-vs-django.md")]);

        Assert.Empty(set.Guides);
        Assert.Empty(set.Files);
    }

    [Fact]
    public void Apply_KeepsTheParsedGuidesOfUnchangedFiles()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        Write("other.md", GuideText.With("title: Flask vs Django", "title: Other"));
        var before = library.LoadAll();

        Write("other.md", GuideText.With("title: Flask vs Django", "title: Other, edited"));
        var after = library.Apply([Path.Combine(folder, "other.md")]);

        Assert.Same(before.BySlug["flask-vs-django"], after.BySlug["flask-vs-django"]);
        Assert.Equal("Other, edited", after.BySlug["other"].Title);
    }

    [Fact]
    public void LoadAll_RereadsOnlyFilesWhoseSizeOrWriteTimeChanged()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        Write("other.md", GuideText.With("title: Flask vs Django", "title: Other"));
        var before = library.LoadAll();

        Write("other.md", GuideText.With("title: Flask vs Django", "title: Other, rescanned"));
        var after = library.LoadAll();

        Assert.Same(before.BySlug["flask-vs-django"], after.BySlug["flask-vs-django"]);
        Assert.Equal("Other, rescanned", after.BySlug["other"].Title);
    }

    [Fact]
    public void LoadAll_FindsRenamesAndNewFiles_AfterAFolderWideChange()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        library.LoadAll();

        File.Move(Path.Combine(folder, "flask-vs-django.md"), Path.Combine(folder, "flask-or-django.md"));
        var set = library.LoadAll();

        Assert.Equal(["flask-or-django"], set.Guides.Select(guide => guide.Slug));
    }

    [Fact]
    public void Apply_StampsEachFileWithTheTimeItWasRead()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        library.LoadAll();
        clock.Advance(TimeSpan.FromMinutes(5));

        Write("flask-vs-django.md", GuideText.With("title: Flask vs Django", "title: Later"));
        var set = library.Apply([Path.Combine(folder, "flask-vs-django.md")]);

        Assert.Equal(clock.GetUtcNow(), Assert.Single(set.Files).LoadedAt);
    }

    [Fact]
    public void Apply_IgnoresPathsOutsideTheFolderAndDrafts()
    {
        Write("flask-vs-django.md", GuideText.Valid);
        Write("_draft.md", GuideText.Valid);
        library.LoadAll();

        var set = library.Apply([Path.Combine(folder, "_draft.md"), Path.Combine(Path.GetTempPath(), "elsewhere.md")]);

        Assert.Equal(["flask-vs-django"], set.Guides.Select(guide => guide.Slug));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private void Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        // Write times on some file systems are coarse: make each write visible to the rescan.
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddSeconds(Interlocked.Increment(ref writes)));
    }

    private static int writes;
}
