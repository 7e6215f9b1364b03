using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Serilog;
using ILogger = Serilog.ILogger;
using Serilog.Events;

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

public sealed class RequestLogMiddleware(RequestDelegate next, ILogger logger, RequestLogLevels levels)
{
    public const string MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms";

    private readonly ILogger log = logger.ForContext<RequestLogMiddleware>();

    public Task InvokeAsync(HttpContext context)
    {
        var start = Stopwatch.GetTimestamp();
        Task request;
        try
        {
            request = next(context);
        }
        catch (Exception error) when (Write(context, start, error))
        {
            throw; // Not reached: Write logs the failure and returns false, so it goes on up.
        }

        if (request.IsCompletedSuccessfully)
        {
            Write(context, start, null);
            return Task.CompletedTask;
        }

        return Awaited(request, context, start);
    }

    private async Task Awaited(Task request, HttpContext context, long start)
    {
        try
        {
            await request;
        }
        catch (Exception error) when (Write(context, start, error))
        {
            throw; // Not reached, as above.
        }

        Write(context, start, null);
    }

    /// <summary>Writes the request's line if its level is on; always false, to serve as an exception filter.</summary>
    private bool Write(HttpContext context, long start, Exception? error)
    {
        var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        var status = error is null ? context.Response.StatusCode : StatusCodes.Status500InternalServerError;

        // When the error page has answered, the line still carries what went wrong.
        error ??= context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var level = levels.For(status, elapsed, error);
        if (log.IsEnabled(level))
        {
            log.ForContext("RequestId", context.TraceIdentifier)
                .Write(level, error, MessageTemplate, context.Request.Method, context.Request.Path.Value, status, elapsed);
        }

        return false;
    }
}

/// <summary>
/// The level of a request's line: <see cref="LogEventLevel.Verbose"/>, below any level a site
/// writes, for a success that is not sampled (a log set to Verbose gets them all).
/// </summary>
public sealed class RequestLogLevels(RequestLogOptions options)
{
    private long successes;

    public LogEventLevel For(int status, double elapsedMilliseconds, Exception? error)
    {
        if (error is not null || status >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }

        if (elapsedMilliseconds > options.SlowMilliseconds)
        {
            return LogEventLevel.Warning;
        }

        if (status >= StatusCodes.Status400BadRequest || options.SampleEvery == 1)
        {
            return LogEventLevel.Information;
        }

        return Interlocked.Increment(ref successes) % options.SampleEvery == 0 ? LogEventLevel.Information : LogEventLevel.Verbose;
    }
}
