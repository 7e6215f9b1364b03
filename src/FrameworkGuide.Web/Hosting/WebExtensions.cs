using FrameworkGuide.Web.Caching;
using FrameworkGuide.Web.Discovery;
using FrameworkGuide.Web.Editing;
using FrameworkGuide.Web.Search;
using FrameworkGuide.Web.Security;
using FrameworkGuide.Web.Sharing;
using FrameworkGuide.Web.Sharing.Cards;
using Serilog;

namespace FrameworkGuide.Web.Hosting;

public static class WebExtensions
{
    /// <summary>MVC with views, and Serilog configured from appsettings.</summary>
    public static WebApplicationBuilder AddWebFeatures(this WebApplicationBuilder builder)
    {
        builder.AddSecurity();
        builder.Services.AddControllersWithViews();
        builder.Services.AddCards();
        builder.Services.AddSearch();
        builder.Services.AddPageCache();
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services),
            // Test hosts start several apps in one process: each keeps its own logger
            // instead of freezing the shared bootstrap logger.
            preserveStaticLogger: builder.Configuration.GetValue<bool>("Serilog:PreserveStaticLogger"));
        return builder;
    }

    /// <summary>The request pipeline: errors, static assets, request logging, then the pages.</summary>
    public static WebApplication UseWebFeatures(this WebApplication app)
    {
        app.UseSecurity();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.MapStaticAssets();
        app.UseSerilogRequestLogging();
        app.UseCanonicalRedirects();
        app.UsePageCache();
        app.UseRouting();
        app.UseRateLimiter();
        app.MapHealth();
        app.MapControllers().WithStaticAssets();
        app.MapCards();
        app.MapDiscovery();
        app.MapEditor();
        app.MapFallbackToController("{*path}", "Fallback", "Errors");
        return app;
    }
}
