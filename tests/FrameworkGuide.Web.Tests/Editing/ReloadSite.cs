using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests.Editing;

/// <summary>
/// A site of its own over a temporary content folder that the tests edit while it runs,
/// with the real file watcher.
/// </summary>
public sealed class ReloadSite : WebApplicationFactory<Program>
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("frameworkguide-reload-").FullName;

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public string PathOf(string file) => Path.Combine(Folder, file);

    /// <summary>Writes a file the way editors save: a temporary file moved over the old one.</summary>
    public void Save(string file, string text)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"save-{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, PathOf(file), overwrite: true);
    }

    /// <summary>Asks until the answer satisfies <paramref name="done"/>; the watcher is real, so this waits on it, up to 10 s.</summary>
    public async Task<HttpResponseMessage> WaitForAsync(string url, Func<HttpResponseMessage, string, bool> done)
    {
        using var client = Client();
        var giveUp = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
            if (done(response, body))
            {
                return response;
            }

            response.Dispose();
            Assert.True(DateTime.UtcNow < giveUp, $"GET {url} never reached the expected state; last answer {(int)response.StatusCode}:\n{body}");
            await Task.Delay(20, TestContext.Current.CancellationToken);
        }
    }

    public static string Guide(string title, string pick = "Flask", string extraFrontMatter = "") => $"""
        ---
        title: {title}
        summary: A guide the reload tests edit.
        updated: 2026-06-02
        options: [Flask, Django]
        {extraFrontMatter}
        ---

        Introduction.

        ## Quick Answer

        It depends.

        ## Decision Table

        | Need | Better default | Why |
        | --- | --- | --- |
        | Small API | {pick} | Less overhead. |
        """;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Guide:ContentPath", Folder);
        builder.UseSetting("Guide:ReloadQuietMilliseconds", "20");
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Directory.Delete(Folder, recursive: true);
    }
}
