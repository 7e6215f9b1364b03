using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkGuide.Web.Tests.Security;

/// <summary>The test content as in Production, with a small rate limit and one action that fails on purpose.</summary>
public sealed class HardenedSite : HardenedSiteBase;

/// <summary>What <see cref="HardenedSite"/> is, for sites that add to it.</summary>
public abstract class HardenedSiteBase : WebApplicationFactory<Program>
{
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Guide:BaseUrl", "http://localhost");
        builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
        builder.UseSetting("Security:PermitsPerSecond", "2");
        builder.UseSetting("Security:RequireHttps", "false");
        builder.UseSetting("Serilog:PreserveStaticLogger", "true");
        builder.ConfigureTestServices(services =>
            services.AddControllers().AddApplicationPart(typeof(FailingController).Assembly));
    }
}

/// <summary>Stands for a bug: the site must answer it with its friendly error page.</summary>
public sealed class FailingController : Controller
{
    [HttpGet("/test/fail")]
    public IActionResult Fail() => throw new InvalidOperationException($"secret detail at /srv/internal/path{Request.Path}");
}
