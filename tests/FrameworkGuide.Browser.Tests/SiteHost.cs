using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Browser.Tests;

/// <summary>The site as the browser tests see it: the test guides, Development, and no live reload stream.</summary>
public sealed class SiteHost : WebApplicationFactory<Program>
{
    public static string ContentPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestContent");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Guide:ContentPath", ContentPath);
        // Readers never get the editors' live reload stream; leaving it out keeps pages idle once loaded.
        builder.UseSetting("Guide:Watch", "false");
        // One start per run: a parse cache would only leave a file in the user's cache folder.
        builder.UseSetting("Guide:ParseCache", "false");
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
    }
}
