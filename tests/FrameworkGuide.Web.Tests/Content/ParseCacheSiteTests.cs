using FrameworkGuide.Content.Loading;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkGuide.Web.Tests.Content;

/// <summary>A restarted site reads its guides from the parse cache the last run wrote, and serves the same pages.</summary>
public sealed class ParseCacheSiteTests
{
    private static readonly string TestContent = Path.Combine(AppContext.BaseDirectory, "TestContent");

    [Fact]
    public async Task ARestartedSite_ParsesNoFile_AndServesTheSamePages()
    {
        // Arrange
        using var cache = TempFolder.Create("parse-cache");
        using var content = TempFolder.Create("cached-content", Guides);
        string before;
        await using (var first = new Site(content.FullPath, cache.FullPath))
        {
            before = await first.CreateClient().GetStringAsync(new Uri("/guides/flask-vs-django", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.Equal(3, Library(first).Cache!.Misses);
        }

        // Act
        await using var second = new Site(content.FullPath, cache.FullPath);
        var after = await second.CreateClient().GetStringAsync(new Uri("/guides/flask-vs-django", UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert
        Assert.Single(Directory.GetFiles(cache.FullPath, "parse-*.bin"));
        Assert.Equal(3, Library(second).Cache!.Hits);
        Assert.Equal(0, Library(second).Cache!.Misses);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task TheCacheCanBeTurnedOff()
    {
        // Arrange
        using var cache = TempFolder.Create("parse-cache-off");
        using var content = TempFolder.Create("uncached-content", Guides);

        // Act
        await using (var site = new Site(content.FullPath, cache.FullPath, ("Guide:ParseCache", "false")))
        {
            var response = await site.CreateClient().GetAsync(new Uri("/guides/flask-vs-django", UriKind.Relative), TestContext.Current.CancellationToken);
            Assert.True(response.IsSuccessStatusCode);
            Assert.Null(Library(site).Cache);
        }

        // Assert
        Assert.Empty(Directory.GetFileSystemEntries(cache.FullPath));
    }

    /// <summary>The test content's guides that link only to each other.</summary>
    private static (string Name, string Text)[] Guides =>
        [.. new[] { "flask-vs-django.md", "fastapi-vs-flask.md", "postgresql-vs-mysql-vs-sqlite.md" }.Select(name => (name, File.ReadAllText(Path.Combine(TestContent, name))))];

    private static ContentLibrary Library(WebApplicationFactory<Program> site) => site.Services.GetRequiredService<ContentLibrary>();

    private sealed class Site(string content, string cache, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Guide:ContentPath", content);
            builder.UseSetting("Guide:ParseCachePath", cache);
            builder.UseSetting("Serilog:PreserveStaticLogger", "true");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
