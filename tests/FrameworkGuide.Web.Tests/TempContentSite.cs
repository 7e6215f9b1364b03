using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests;

/// <summary>An app host of its own, serving a temp content folder made of the given files.</summary>
public abstract class TempContentSite : WebApplicationFactory<Program>
{
    private readonly TempFolder content;

    protected TempContentSite(string name, params (string Name, string Text)[] files) =>
        content = TempFolder.Create(name, files);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Guide:ContentPath", content.FullPath);
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
    }

    /// <summary>The content folder the site serves.</summary>
    protected string ContentFolder => content.FullPath;

    /// <summary>Writes a file the way editors save: a temporary file moved over the old one.</summary>
    public void Save(string file, string text)
    {
        var temporary = Path.Combine(Path.GetTempPath(), $"save-{Guid.NewGuid():N}.tmp");
        File.WriteAllText(temporary, text);
        File.Move(temporary, Path.Combine(ContentFolder, file), overwrite: true);
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        content.Dispose();
        GC.SuppressFinalize(this);
    }
}
