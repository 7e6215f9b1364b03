using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Hosting;
using FrameworkGuide.Web.Memory;
using FrameworkGuide.Web.Search;
using FrameworkGuide.Web.Sharing.Cards;
using Microsoft.AspNetCore.TestHost;

namespace FrameworkGuide.Web.Export;

/// <summary>The site the export asks for every URL, and its client.</summary>
public static class ExportHost
{
    /// <summary>
    /// The site as readers get it: a host of its own in the Production environment (no editor
    /// notes, no live reload) with the command's configuration, whatever environment the command
    /// runs in (<c>dotnet run</c> runs it in Development, whose settings name the repository's
    /// content). Only what changes no page is set apart: no file watching, no page or card cache
    /// (each URL is asked for once), no search index, no trim of memory when no request comes, no
    /// line per request in the log, no https redirect or request limit for its own client, and no
    /// network at all: the requests go through the site's whole
    /// pipeline in memory (ASP.NET Core's in-memory <see cref="TestServer"/>), so the export listens
    /// on no address and pays for no socket on each of its hundreds of thousands of URLs.
    /// </summary>
    public static WebApplication Build(WebApplicationBuilder command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = command.Environment.ApplicationName,
            ContentRootPath = command.Environment.ContentRootPath,
            WebRootPath = command.Environment.WebRootPath,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddConfiguration(command.Configuration);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Guide:Watch"] = "false",
            ["Guide:BaseUrl"] = command.Configuration["Guide:BaseUrl"] is { Length: > 0 } baseUrl ? baseUrl : "http://localhost",
            ["PageCache:Enabled"] = "false",
            ["Security:RequireHttps"] = "false",
            ["Security:PermitsPerSecond"] = "1000000",
            ["Serilog:MinimumLevel:Override:FrameworkGuide.Web.Logging.RequestLogMiddleware"] = "Warning",
            ["Serilog:MinimumLevel:Override:Microsoft.Hosting.Lifetime"] = "Warning",
        });
        builder.WebHost.UseTestServer(server => server.PreserveExecutionContext = false);
        builder.AddContent();
        builder.AddWebFeatures();

        // The export asks for /search without a query only, which needs no index: none is built.
        builder.Services.Remove(builder.Services.Single(service => service.ImplementationType == typeof(SearchIndexer)));

        // While an update checks its files, no request comes for seconds and the site looks idle: a
        // trim then stopped the export for a full compacting collection (0.4 s at 10,000 guides) to
        // give back memory the process was about to free on exit anyway.
        builder.Services.Remove(builder.Services.Single(service => service.ImplementationType == typeof(IdleMemoryTrimmer)));

        // The card cache is bounded in bytes, so asking for every card once keeps memory flat.
        var app = builder.Build();
        app.UseWebFeatures();
        return app;
    }

    /// <summary>
    /// A client of the started site. It sends no Accept-Encoding, so bodies come as the site renders
    /// them, and follows no redirect, so a URL that moved is a failure rather than a copy.
    /// </summary>
    public static HttpClient Client(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var client = app.GetTestServer().CreateClient();
        client.Timeout = TimeSpan.FromMinutes(2);
        return client;
    }
}
