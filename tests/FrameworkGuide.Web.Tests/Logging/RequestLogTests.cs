using System.Collections.Concurrent;
using AngleSharp.Dom;
using FrameworkGuide.Web.Logging;
using FrameworkGuide.Web.Tests.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;
using Serilog.Events;

namespace FrameworkGuide.Web.Tests.Logging;

/// <summary>Every failure is in the log under the id its reader was shown; quick successes are sampled.</summary>
public sealed class RequestLogTests
{
    [Fact]
    public async Task AFailedRequest_IsLoggedWithTheRequestIdItsReaderSees_AndTheException()
    {
        var sink = new CapturingSink();
        await using var site = new LoggedSite(sink, sampleEvery: 1000);

        var page = await site.Client().GetPageAsync("/test/fail", expectedStatus: 500);
        var shownId = page.QuerySelector("main code")!.Text();

        var line = Assert.Single(sink.Events, logged => logged.Properties.TryGetValue("RequestId", out var id) && id.ToString() == $"\"{shownId}\"");
        Assert.Equal(LogEventLevel.Error, line.Level);
        Assert.IsType<InvalidOperationException>(line.Exception);
        Assert.Equal("\"/test/fail\"", line.Properties["RequestPath"].ToString());
    }

    [Fact]
    public async Task QuickSuccesses_AreSampled_WhileMissesAreAllLogged()
    {
        var sink = new CapturingSink();
        await using var site = new LoggedSite(sink, sampleEvery: 10);
        var client = site.Client();

        for (var i = 0; i < 30; i++)
        {
            using var page = await client.GetAsync(new Uri("/guides/flask-vs-django", UriKind.Relative), TestContext.Current.CancellationToken);
            using var missing = await client.GetAsync(new Uri($"/guides/no-such-guide-{i}", UriKind.Relative), TestContext.Current.CancellationToken);
        }

        var requestLines = sink.Events.Where(logged => logged.Properties.ContainsKey("StatusCode")).ToList();
        Assert.Equal(30, requestLines.Count(logged => logged.Properties["StatusCode"].ToString() == "404"));
        Assert.Equal(3, requestLines.Count(logged => logged.Properties["StatusCode"].ToString() == "200"));
        Assert.All(requestLines, logged => Assert.True(logged.Properties.ContainsKey("RequestId")));
    }

    [Fact]
    public async Task AspNetCoresOwnPerRequestLines_AreNotWritten_TheRequestLogHasThem()
    {
        var sink = new CapturingSink();
        await using var site = new LoggedSite(sink, sampleEvery: 1);

        using var page = await site.Client().GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.DoesNotContain(sink.Events, logged => logged.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("Hosting.Diagnostics", StringComparison.Ordinal));
        var line = Assert.Single(sink.Events, logged => logged.MessageTemplate.Text == RequestLogMiddleware.MessageTemplate);
        Assert.Equal("\"FrameworkGuide.Web.Logging.RequestLogMiddleware\"", line.Properties["SourceContext"].ToString());
        Assert.Equal("\"/\"", line.Properties["RequestPath"].ToString());
    }

    [Theory]
    [InlineData(200, 5.0, false, LogEventLevel.Information)]
    [InlineData(404, 5.0, false, LogEventLevel.Information)]
    [InlineData(429, 5.0, false, LogEventLevel.Information)]
    [InlineData(500, 5.0, false, LogEventLevel.Error)]
    [InlineData(200, 5.0, true, LogEventLevel.Error)]
    [InlineData(200, 1500.0, false, LogEventLevel.Warning)]
    public void EveryRequestThatMatters_GetsALevelThatIsWritten(int status, double elapsed, bool failed, LogEventLevel expected)
    {
        var levels = new RequestLogLevels(new RequestLogOptions { SampleEvery = 1 });
        Assert.Equal(expected, levels.For(status, elapsed, failed ? new InvalidOperationException() : null));
    }

    [Fact]
    public void QuickSuccesses_AreWrittenOneInSampleEvery()
    {
        var levels = new RequestLogLevels(new RequestLogOptions { SampleEvery = 4 });
        var written = Enumerable.Range(0, 40).Count(_ => levels.For(200, 1.0, null) == LogEventLevel.Information);

        Assert.Equal(10, written);
    }

    /// <summary>The hardened Production site, with the log captured in memory.</summary>
    private sealed class LoggedSite(CapturingSink sink, int sampleEvery) : HardenedSiteBase
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Security:PermitsPerSecond", "1000");
            builder.UseSetting("RequestLog:SampleEvery", sampleEvery.ToString(System.Globalization.CultureInfo.InvariantCulture));
            builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(sink));
        }
    }

    private sealed class CapturingSink : ILogEventSink
    {
        private readonly ConcurrentQueue<LogEvent> events = new();

        public IReadOnlyCollection<LogEvent> Events => events;

        public void Emit(LogEvent logEvent) => events.Enqueue(logEvent);
    }
}
