using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

public sealed class ExportFolderTests
{
    [Fact]
    public void Prepare_CreatesAMissingFolder()
    {
        using var parent = TempFolder.Create("export-new");
        var folder = Path.Combine(parent.FullPath, "a", "b");

        Assert.Null(ExportFolder.Prepare(folder, force: false, [], out _));
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void Prepare_AcceptsAnEmptyFolder()
    {
        using var folder = TempFolder.Create("export-empty");

        Assert.Null(ExportFolder.Prepare(folder.FullPath, force: false, [], out _));
    }

    [Fact]
    public void Prepare_RefusesAFolderThatHoldsAnything_WithoutForce()
    {
        using var folder = TempFolder.Create("export-keep", ("sub/old.html", "old"));

        var problem = ExportFolder.Prepare(folder.FullPath, force: false, [], out _);

        Assert.NotNull(problem);
        Assert.Contains("not empty and holds no earlier export", problem, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "sub", "old.html")));
    }

    [Fact]
    public void Prepare_WithForce_EmptiesTheFolderButKeepsIt()
    {
        using var folder = TempFolder.Create("export-force", ("sub/old.html", "old"), ("top.txt", "old"));

        Assert.Null(ExportFolder.Prepare(folder.FullPath, force: true, [], out _));
        Assert.True(Directory.Exists(folder.FullPath));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullPath));
    }

    [Fact]
    public void Prepare_WithForce_NeverEmptiesAFolderThatHoldsTheContent()
    {
        using var folder = TempFolder.Create("export-content", ("content/guide.md", "# kept"));

        var problem = ExportFolder.Prepare(folder.FullPath, force: true, [Path.Combine(folder.FullPath, "content")], out _);

        Assert.NotNull(problem);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "content", "guide.md")));
    }

    [Fact]
    public async Task Prepare_AcceptsAFolderThatHoldsAnEarlierExport_AndReadsItsRecord()
    {
        using var folder = TempFolder.Create("export-earlier", ("CNAME", "guides.example.org"));
        var writer = new ExportWriter(folder.FullPath);
        await writer.WriteAsync(new ExportItem("/guides/a", ExportKind.Page), "<p>a</p>"u8.ToArray(), "\"a1\"", earlier: null, inputs: null, TestContext.Current.CancellationToken);
        writer.Finish(complete: true);

        Assert.Null(ExportFolder.Prepare(folder.FullPath, force: false, [], out var earlier));
        Assert.Equal(1, earlier!.Count);
        var line = earlier.Find("guides/a.html");
        Assert.Equal("\"a1\"", earlier.EntryAt(line).ETag);
        Assert.True(earlier.IsIntact(line, ExportWriter.RootOf(folder.FullPath), out _));
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "CNAME")));
    }
}
