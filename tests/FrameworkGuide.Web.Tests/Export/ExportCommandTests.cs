using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>What the command refuses before it starts the site.</summary>
public sealed class ExportCommandTests
{
    [Fact]
    public async Task Export_ExitsOneAndKeepsTheFiles_WhenTheFolderIsNotEmpty_WithoutForce()
    {
        using var folder = TempFolder.Create("export-full", ("keep.txt", "mine"));

        var (exitCode, output) = await ExportRun.RunAsync(folder.FullPath);

        Assert.Equal(1, exitCode);
        Assert.Contains("is not empty", output, StringComparison.Ordinal);
        Assert.Contains("--force", output, StringComparison.Ordinal);
        Assert.Equal("mine", await File.ReadAllTextAsync(Path.Combine(folder.FullPath, "keep.txt"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Export_ExitsOneWithUsage_WhenNoFolderIsGiven()
    {
        var (exitCode, output) = await ExportRun.RunAsync("--force");

        Assert.Equal(1, exitCode);
        Assert.Contains("output folder is missing", output, StringComparison.Ordinal);
        Assert.Contains(ExportArguments.Usage, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_ExitsOne_WhenTheFolderIsAFile()
    {
        using var folder = TempFolder.Create("export-file", ("file", "x"));

        var (exitCode, output) = await ExportRun.RunAsync(Path.Combine(folder.FullPath, "file"));

        Assert.Equal(1, exitCode);
        Assert.Contains("is a file", output, StringComparison.Ordinal);
    }

    [Fact]
    public void IsRequested_OnlyForTheExportVerb()
    {
        Assert.True(ExportCommand.IsRequested(["export", "out"]));
        Assert.False(ExportCommand.IsRequested(["check"]));
        Assert.False(ExportCommand.IsRequested([]));
        Assert.False(ExportCommand.IsRequested(["--export"]));
    }
}
