using System.Net;
using System.Threading.RateLimiting;
using FrameworkGuide.Web.Content;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.RateLimiting;

namespace FrameworkGuide.Web.Security;

public static class SecurityExtensions
{
    /// <summary>The rate-limiting policy of endpoints that do work per request (search, decision results).</summary>
    public const string PerRequestWork = "per-request-work";

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        // No "Server: Kestrel" on every answer: it tells a visitor nothing they need.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // A served site names itself from configuration, never from the Host header a request sends.
        builder.Services.AddOptions<GuideOptions>()
            .Validate(
                guide => builder.Environment.IsDevelopment() || !string.IsNullOrWhiteSpace(guide.BaseUrl),
                "Guide:BaseUrl must be set outside Development (Guide__BaseUrl=https://your.site): canonical links, "
                + "previews, the sitemap and the feed name it, never the Host header a request sends")
            .ValidateOnStart();
        var options = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            foreach (var proxy in options.KnownProxies)
            {
                forwarded.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in options.KnownNetworks)
            {
                forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "1";
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(PerRequestWork, context => RateLimitPartition.GetTokenBucketLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = options.PermitsPerSecond * 2,
                    TokensPerPeriod = options.PermitsPerSecond,
                    ReplenishmentPeriod = TimeSpan.FromSeconds(1),
                    QueueLimit = 0,
                }));
        });
        if (options.RequireHttps && !builder.Environment.IsDevelopment())
        {
            builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        }

        builder.Services.AddSingleton(options);
        return builder;
    }

    /// <summary>Forwarded headers from trusted proxies only, then https in Production, then the headers of every response.</summary>
    public static WebApplication UseSecurity(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<SecurityOptions>();
        if (options.KnownProxies.Count > 0 || options.KnownNetworks.Count > 0)
        {
            app.UseForwardedHeaders();
        }

        if (options.RequireHttps && !app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        return app;
    }
}
