using Microsoft.Extensions.Options;
using Serilog;
using ILogger = Serilog.ILogger;

namespace FrameworkGuide.Web.Logging;

/// <summary>
/// One structured line per request, with the request id readers see on the error page, at a level
/// chosen per request: errors and slow requests always, refusals and misses (4xx) always, quick
/// successes sampled (<see cref="RequestLogOptions.SampleEvery"/>). It sits outside the error pages
/// (which run the pipeline again), so a request has one line, with its final status. A request that
/// is not sampled costs two timestamps and a counter increment: no log event, no per-request context.
/// </summary>
public static class RequestLogging
{
    public static IApplicationBuilder UseRequestLogging(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<RequestLogOptions>>().Value;
        // The host's logger, not the static one: test hosts keep the static logger (several run at once).
        var logger = app.Services.GetService<ILogger>() ?? Log.Logger;
        return app.UseMiddleware<RequestLogMiddleware>(logger, new RequestLogLevels(options));
    }
}
