using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

[assembly: AssemblyFixture(typeof(FrameworkGuide.Web.Tests.SiteFixture))]

namespace FrameworkGuide.Web.Tests;

/// <summary>
/// One app host for the whole test run, serving the test project's own content folder.
/// Each test gets a client that does not follow redirects, so redirects can be asserted.
/// </summary>
public sealed class SiteFixture : WebApplicationFactory<Program>
{
    public static string ContentPath { get; } = Path.Combine(AppContext.BaseDirectory, "TestContent");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Guide:ContentPath", ContentPath);
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
