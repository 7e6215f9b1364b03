namespace FrameworkGuide.Web.Tests;

/// <summary>A site started on a folder where every file is bad still answers, with nothing to list.</summary>
public sealed class AllBadContentTests(AllBadContentSite site) : IClassFixture<AllBadContentSite>
{
    [Fact]
    public async Task Home_ShowsEmptyListMessage_WhenEveryFileIsBad()
    {
        var page = await site.Client().GetPageAsync("/");

        Assert.Equal("No guides here yet.", page.QuerySelector("main .empty")!.Text());
        Assert.Empty(page.QuerySelectorAll(".guide-card"));
    }

    [Fact]
    public async Task TagIndex_ShowsEmptyMessage_WhenEveryFileIsBad()
    {
        var page = await site.Client().GetPageAsync("/tags");

        Assert.Equal("No tags yet.", page.QuerySelector("main .empty")!.Text());
        Assert.Empty(page.QuerySelectorAll(".tag-index li"));
    }

    [Theory]
    [InlineData("/guides/no-front-matter")]
    [InlineData("/guides/one-option")]
    [InlineData("/guides/empty")]
    [InlineData("/guides/bad-date")]
    public async Task BadFile_IsNotFound(string path)
    {
        var page = await site.Client().GetPageAsync(path, 404);

        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
        Assert.NotNull(page.QuerySelector("main a[href='/']"));
        Assert.Empty(page.QuerySelectorAll("main ul li a"));
    }
}
