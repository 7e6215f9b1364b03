using System.Diagnostics;
using Microsoft.AspNetCore.Diagnostics;
using Serilog.Events;
using ILogger = Serilog.ILogger;

namespace FrameworkGuide.Web.Logging;

/// <summary>Writes the request's line when its level is on; see <see cref="RequestLogging"/>.</summary>
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
