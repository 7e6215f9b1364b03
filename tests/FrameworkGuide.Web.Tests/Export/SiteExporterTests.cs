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

        var result = await exporter.ExportAsync(plan, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Equal(["/guides/b", "/guides/old", "/not-found-but-200"], result.Failures.Select(failure => failure.Url));
        Assert.Contains("answered 500", result.Failures[0].Reason, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.FullPath, "guides", "a.html")));
        Assert.True(File.Exists(Path.Combine(folder.FullPath, ExportWriter.NotFoundFile)));
        Assert.False(File.Exists(Path.Combine(folder.FullPath, "guides", "b.html")));
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
