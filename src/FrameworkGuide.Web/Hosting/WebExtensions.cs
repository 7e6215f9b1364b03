using FrameworkGuide.Web.Caching;
using FrameworkGuide.Web.Discovery;
using FrameworkGuide.Web.Editing;
using FrameworkGuide.Web.Logging;
using FrameworkGuide.Web.Memory;
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
        builder.Services.AddIdleMemoryTrim();
        builder.Services.AddOptions<RequestLogOptions>().BindConfiguration(RequestLogOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSerilog(
            (services, logger) => logger
                .ReadFrom.Configuration(builder.Configuration)
                .ReadFrom.Services(services)
                // ASP.NET Core's own lines per request ("Request starting", "finished") duplicate the
                // request log; enabled at any level, they also make hosting start an Activity and a
                // log scope for every request.
                .MinimumLevel.Override("Microsoft.AspNetCore.Hosting.Diagnostics", Serilog.Events.LevelAlias.Off),
            // Test hosts start several apps in one process: each keeps its own logger
            // instead of freezing the shared bootstrap logger.
            preserveStaticLogger: builder.Configuration.GetValue<bool>("Serilog:PreserveStaticLogger"));
        return builder;
    }

    /// <summary>The request pipeline: errors, static assets, request logging, then the pages.</summary>
    public static WebApplication UseWebFeatures(this WebApplication app)
    {
        app.UseSecurity();

        // Outside the error pages, which run the pipeline again: one line per request, with its final status.
        app.UseRequestLogging();

        // A cached page is answered here, before anything that only a rendered page needs: it is a
        // 200 of a canonical address (a redirect or an error is never stored).
        app.UsePageCache();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error/500");
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.MapStaticAssets();
        app.UseCanonicalRedirects();
        app.UseRouting();
        // Named here so that they run after the page cache: left implicit, WebApplication would put
        // them first, before every request, though the site authenticates no one.
        app.UseAuthentication();
        app.UseAuthorization();
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
