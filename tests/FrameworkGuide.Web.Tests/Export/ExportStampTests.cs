using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>
/// An update keeps a file only while it is as the export wrote it: the same size and the same write
/// time to the tick, as <see cref="FileInfo"/> reads them when the file is written.
/// </summary>
public sealed class ExportStampTests
{
    [Theory]
    [InlineData("guides/flask-vs-django.html")]
    [InlineData("tags/c%23.html")]
    [InlineData("guides/café-vs-crème/faq.html")]
    public void IsIntact_ForTheFileAsWritten(string file)
    {
        using var folder = TempFolder.Create("stamp", (file, "<p>page</p>"));

        var stamp = ExportStamp.Of(folder.FullPath, file);

        Assert.Equal(11, stamp.Length);
        Assert.True(stamp.IsIntact(folder.FullPath));
    }

    [Fact]
    public void IsNotIntact_OnceTheFileIsTouched_EvenByOneTick_OrHasAnotherSize()
    {
        using var folder = TempFolder.Create("stamp", ("page.html", "<p>page</p>"));
        var (path, stamp) = Written(folder);

        File.SetLastWriteTimeUtc(path, new DateTime(stamp.WriteTicks, DateTimeKind.Utc).AddTicks(1));
        Assert.False(stamp.IsIntact(folder.FullPath));

        File.WriteAllText(path, "<p>a longer page</p>");
        File.SetLastWriteTimeUtc(path, new DateTime(stamp.WriteTicks, DateTimeKind.Utc));
        Assert.False(stamp.IsIntact(folder.FullPath));

        File.WriteAllText(path, "<p>page</p>");
        File.SetLastWriteTimeUtc(path, new DateTime(stamp.WriteTicks, DateTimeKind.Utc));
        Assert.True(stamp.IsIntact(folder.FullPath));
    }

    [Fact]
    public void IsNotIntact_WhenTheFileIsGone_OrAFolderStandsInItsPlace()
    {
        using var folder = TempFolder.Create("stamp", ("page.html", "<p>page</p>"));
        var (path, stamp) = Written(folder);

        File.Delete(path);
        Assert.False(stamp.IsIntact(folder.FullPath));

        Directory.CreateDirectory(path);
        Assert.False(stamp.IsIntact(folder.FullPath));
    }

    [Fact]
    public void IsIntact_ForALinkAsWritten_AsFileInfoReadsIt()
    {
        using var folder = TempFolder.Create("stamp", ("target.html", "<p>the page a link names</p>"));
        File.CreateSymbolicLink(Path.Combine(folder.FullPath, "link.html"), Path.Combine(folder.FullPath, "target.html"));
        File.CreateSymbolicLink(Path.Combine(folder.FullPath, "broken.html"), Path.Combine(folder.FullPath, "gone.html"));

        Assert.True(ExportStamp.Of(folder.FullPath, "link.html").IsIntact(folder.FullPath));
        Assert.True(ExportStamp.Of(folder.FullPath, "broken.html").IsIntact(folder.FullPath));
    }

    [Fact]
    public void IsIntact_RefusesANameWithANullCharacter_AsFileInfoDoes()
    {
        using var folder = TempFolder.Create("stamp", ("page.html", "<p>page</p>"));
        var (_, stamp) = Written(folder);

        Assert.Throws<ArgumentException>(() => (stamp with { File = "page.html\0.br" }).IsIntact(folder.FullPath));
    }

    /// <summary>The page of <paramref name="folder"/> and its stamp as the export records it.</summary>
    private static (string Path, ExportStamp Stamp) Written(TempFolder folder) =>
        (Path.Combine(folder.FullPath, "page.html"), ExportStamp.Of(folder.FullPath, "page.html"));
}
