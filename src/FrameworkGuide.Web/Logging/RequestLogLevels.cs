using Serilog.Events;

namespace FrameworkGuide.Web.Logging;

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
