using FrameworkGuide.Web.Tests.Editing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrameworkGuide.Web.Tests.Caching;

/// <summary>
/// A cached page says when it was sent and when it last changed by one clock, so Last-Modified is
/// never later than Date, however far the server's own Date header lags (Kestrel refreshes it once
/// a second, later on a busy machine; a CI run once saw it two seconds behind).
/// </summary>
public sealed class DateHeaderTests
{
    [Fact]
    public async Task CachedPage_IsDatedByTheClockThatStampsItsLastModified()
    {
        // Arrange: the site's clock an hour ahead of the machine's, as a lagging Date header would be behind it.
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddHours(1));
        await using var site = new Site(clock);
        using var first = await site.Client().GetAsync(new Uri("/guides/alpha", UriKind.Relative), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromSeconds(3));

        // Act
        using var again = await site.Client().GetAsync(new Uri("/guides/alpha", UriKind.Relative), TestContext.Current.CancellationToken);

        // Assert
        var stored = TruncateToSeconds(clock.GetUtcNow().AddSeconds(-3));
        Assert.Equal(stored, first.Content.Headers.LastModified);
        Assert.Equal(stored, first.Headers.Date);
        Assert.Equal(stored, again.Content.Headers.LastModified);
        Assert.Equal(TruncateToSeconds(clock.GetUtcNow()), again.Headers.Date);
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) => time.AddTicks(-(time.Ticks % TimeSpan.TicksPerSecond));

    private sealed class Site(TimeProvider clock) : TempContentSite("dated", ("alpha.md", ReloadSite.Guide("Alpha guide")))
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("PageCache:Enabled", "true");
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
