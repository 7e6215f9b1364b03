using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests.Editing;

/// <summary>The test content served as in Production, where nothing meant for editors may show.</summary>
public sealed class ProductionSite : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Guide:BaseUrl", "http://localhost");
        builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
