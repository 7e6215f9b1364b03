using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

public sealed class ExportFolderTests
{
    [Fact]
    public void Prepare_CreatesAMissingFolder()
    {
        using var parent = TempFolder.Create("export-new");
        var folder = Path.Combine(parent.FullPath, "a", "b");

        Assert.Null(ExportFolder.Prepare(folder, force: false, []));
        Assert.True(Directory.Exists(folder));
    }

    [Fact]
    public void Prepare_AcceptsAnEmptyFolder()
    {
        using var folder = TempFolder.Create("export-empty");

        Assert.Null(ExportFolder.Prepare(folder.FullPath, force: false, []));
    }

    [Fact]
    public void Prepare_RefusesAFolderThatHoldsAnything_WithoutForce()
    {
        using var folder = TempFolder.Create("export-keep", ("sub/old.html", "old"));

        var problem = ExportFolder.Prepare(folder.FullPath, force: false, []);

        Assert.NotNull(problem);
        Assert.Contains("not empty", problem, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "sub", "old.html")));
    }

    [Fact]
    public void Prepare_WithForce_EmptiesTheFolderButKeepsIt()
    {
        using var folder = TempFolder.Create("export-force", ("sub/old.html", "old"), ("top.txt", "old"));

        Assert.Null(ExportFolder.Prepare(folder.FullPath, force: true, []));
        Assert.True(Directory.Exists(folder.FullPath));
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.FullPath));
    }

    [Fact]
    public void Prepare_WithForce_NeverEmptiesAFolderThatHoldsTheContent()
    {
        using var folder = TempFolder.Create("export-content", ("content/guide.md", "# kept"));

        var problem = ExportFolder.Prepare(folder.FullPath, force: true, [Path.Combine(folder.FullPath, "content")]);

        Assert.NotNull(problem);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "content", "guide.md")));
    }
}
