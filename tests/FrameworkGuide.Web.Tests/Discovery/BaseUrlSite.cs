using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace FrameworkGuide.Web.Tests.Discovery;

/// <summary>The test content served with a configured public address, as behind a proxy.</summary>
public sealed class BaseUrlSite : WebApplicationFactory<Program>
{
    public const string BaseUrl = "https://guides.example.org";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
        builder.UseSetting("Guide:BaseUrl", BaseUrl);
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
    }

    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
