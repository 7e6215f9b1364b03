using System.Net;
using FrameworkGuide.Web.Export;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>The exporter's handling of answers: any status but the expected one fails its URL, and the rest are still written.</summary>
public sealed class SiteExporterTests
{
    [Fact]
    public async Task ExportAsync_ReportsEveryUrlThatDoesNotAnswerAsExpected_AndWritesTheOthers()
    {
        using var folder = TempFolder.Create("export-failures");
        using var client = new HttpClient(new Answers(new Dictionary<string, HttpStatusCode>
        {
            ["/guides/a"] = HttpStatusCode.OK,
            ["/guides/b"] = HttpStatusCode.InternalServerError,
            ["/guides/old"] = HttpStatusCode.MovedPermanently,
            ["/missing"] = HttpStatusCode.NotFound,
            ["/not-found-but-200"] = HttpStatusCode.OK,
        })) { BaseAddress = new Uri("http://127.0.0.1:1") };
        var exporter = new SiteExporter(client, new ExportWriter(folder.FullPath), inputs: null, parallelism: 4);
        ExportItem[] plan =
        [
            new("/guides/a", ExportKind.Page),
            new("/guides/b", ExportKind.Page),
            new("/guides/old", ExportKind.Page),
            new("/missing", ExportKind.NotFoundPage),
            new("/not-found-but-200", ExportKind.NotFoundPage),
        ];

        var result = await exporter.ExportAsync(new ExportPlan(plan, []), TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(plan.Length, result.Urls);
        Assert.Equal(["/guides/b", "/guides/old", "/not-found-but-200"], result.Failures.Select(failure => failure.Url));
        Assert.Contains("answered 500", result.Failures[0].Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html")));
        Assert.True(File.Exists(Path.Combine(folder.FullPath, ExportWriter.NotFoundFile)));
        Assert.False(File.Exists(Path.Combine(folder.FullPath, "guides", "b.html")));
    }

    [Fact]
    public async Task ExportAsync_ThrowsTheRequestsOwnError_WhileItChecksUrls_AndReturnsOnlyOnceNoRequestIsRunning()
    {
        using var handler = new Slow(onFirst: () => throw new InvalidOperationException("the site broke"));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => ExportManyAsync(handler, TestContext.Current.CancellationToken));

        Assert.Equal("the site broke", error.Message);
        Assert.Equal(0, handler.Running);
    }

    [Fact]
    public async Task ExportAsync_CancelledWhileItChecksUrls_ReturnsOnlyOnceNoRequestIsRunning()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        using var handler = new Slow(onFirst: cancel.Cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ExportManyAsync(handler, cancel.Token));

        Assert.True(handler.Started > 0, "no request was started");
        Assert.Equal(0, handler.Running);
    }

    /// <summary>
    /// Exports a million URLs, none kept, so that checking them lasts longer than the first requests
    /// take to start, with threads enough that the requests start while the checks use every core.
    /// </summary>
    private static async Task ExportManyAsync(Slow site, CancellationToken cancellationToken)
    {
        using var folder = TempFolder.Create("export-many");
        using var client = new HttpClient(site) { BaseAddress = new Uri("http://127.0.0.1:1") };
        var exporter = new SiteExporter(client, new ExportWriter(folder.FullPath), inputs: null, parallelism: 4);
        var plan = Enumerable.Range(0, 1_000_000).Select(index => new ExportItem($"/guides/g-{index}", ExportKind.Page)).ToList();
        ThreadPool.GetMinThreads(out var workers, out var ports);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), ports);
        try
        {
            await exporter.ExportAsync(new ExportPlan(plan, []), cancellationToken);
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, ports);
        }
    }

    /// <summary>
    /// A site that takes 20 ms a page. <c>onFirst</c> runs when the first request starts (an exception
    /// it throws is the request's: not an HTTP error, a broken site); that request then ends 200 ms
    /// later, whatever happens.
    /// </summary>
    private sealed class Slow(Action onFirst) : HttpMessageHandler
    {
        private int running;
        private int started;

        public int Running => Volatile.Read(ref running);

        public int Started => Volatile.Read(ref started);

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var first = Interlocked.Increment(ref started) == 1;
            Interlocked.Increment(ref running);
            try
            {
                if (first)
                {
                    onFirst();
                    await Task.Delay(200, CancellationToken.None);
                }

                await Task.Delay(20, cancellationToken);
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<!DOCTYPE html><title>page</title>") };
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }
    }

    private sealed class Answers(Dictionary<string, HttpStatusCode> statuses) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(statuses[request.RequestUri!.AbsolutePath])
            {
                Content = new StringContent("<!DOCTYPE html><title>page</title>"),
            });
    }
}
