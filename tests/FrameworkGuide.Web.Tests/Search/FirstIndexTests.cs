using System.Net;
using System.Text.Json;
using FrameworkGuide.Web.Search;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FrameworkGuide.Web.Tests.Search;

/// <summary>
/// The first search index is built after the site starts, so pages never wait for it; a search
/// made before it exists waits for it, and says so honestly when it takes too long.
/// </summary>
public sealed class FirstIndexTests(SiteFixture site)
{
    [Fact]
    public async Task ASearchBeforeTheFirstIndex_Gets503WithRetryAfter_NotAnEmptyResult()
    {
        await using var site = new NoIndexerSite();
        var client = site.CreateClient();

        using var search = await client.GetAsync(new Uri("/search?q=flask", UriKind.Relative), TestContext.Current.CancellationToken);
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);
        using var page = await client.GetAsync(new Uri("/guides/flask-vs-django", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, search.StatusCode);
        Assert.Equal("2", search.Headers.RetryAfter!.ToString());
        Assert.Equal("indexing", JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("search").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task TheSearchPageWithoutWords_NeedsNoIndex()
    {
        await using var site = new NoIndexerSite();

        using var search = await site.CreateClient().GetAsync(new Uri("/search", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, search.StatusCode);
    }

    [Fact]
    public async Task OnceIndexed_ReadyzSaysSearchIsReady_AndSearchesFindGuides()
    {
        var client = site.Client();

        var results = await client.GetPageAsync(SearchResults.UrlFor("flask"));
        using var ready = await client.GetAsync(new Uri("/readyz", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.NotEmpty(results.Results());
        Assert.Equal("ready", JsonDocument.Parse(await ready.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("search").GetString());
    }

    /// <summary>The test content with no indexer running, as in the moment before the first index is published.</summary>
    private sealed class NoIndexerSite : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("Guide:ContentPath", SiteFixture.ContentPath);
            builder.UseSetting("Guide:Watch", "false");
            builder.UseSetting("Search:FirstIndexWaitMilliseconds", "200");
            builder.UseSetting("Serilog:PreserveStaticLogger", "true");
            builder.ConfigureTestServices(services =>
            {
                var indexer = services.Single(service => service.ServiceType == typeof(IHostedService) && service.ImplementationType == typeof(SearchIndexer));
                services.Remove(indexer);
            });
        }
    }
}
