using System.IO.Compression;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Export;
using Microsoft.Extensions.DependencyInjection;

namespace FrameworkGuide.Web.Tests.Export;

/// <summary>The test content exported as files: each the live site's answer for its URL, where a static server finds it.</summary>
public sealed class ExportTests(ExportedSite site) : IClassFixture<ExportedSite>
{
    private static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public void Export_ExitsZero_AndSaysHowMuchItWrote()
    {
        Assert.True(site.ExitCode == 0, site.Output);
        Assert.Contains("Exported ", site.Output, StringComparison.Ordinal);
        Assert.Contains(" pages/s", site.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("page/2.html")]
    [InlineData("page/3.html")]
    [InlineData("tags.html")]
    [InlineData("tags/python.html")]
    [InlineData("tags/python/page/2.html")]
    [InlineData("search.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("feed.xml")]
    [InlineData("guides.json")]
    [InlineData("guides/flask-vs-django.html")]
    [InlineData("guides/flask-vs-django.json")]
    [InlineData("guides/flask-vs-django/decision-table.html")]
    [InlineData("guides/flask-vs-django/faq.html")]
    [InlineData("guides/flask-vs-django/card.png")]
    [InlineData("guides/flask-vs-django/s/quick-answer.html")]
    [InlineData("guides/flask-vs-django/s/quick-answer/card.png")]
    [InlineData("_redirects")]
    [InlineData("_redirects.nginx.conf")]
    public void Export_WritesTheFile_WhereAStaticServerLooksForTheUrl(string file)
    {
        Assert.True(File.Exists(site.File(file)), $"{file} is missing");
    }

    [Fact]
    public void EveryServedGuide_HasItsPageDataAndCard()
    {
        foreach (var slug in TestSite.ServedSlugs)
        {
            Assert.True(File.Exists(site.File($"guides/{slug}.html")), slug);
            Assert.True(File.Exists(site.File($"guides/{slug}.json")), slug);
            Assert.True(File.Exists(site.File($"guides/{slug}/card.png")), slug);
        }
    }

    [Fact]
    public async Task EveryExportedFile_IsByteForByteWhatTheLiveSiteAnswersForItsUrl()
    {
        var client = site.Live.Client();
        var compared = 0;
        foreach (var file in site.Files().Where(file => !IsSibling(file) && !file.StartsWith("_redirects", StringComparison.Ordinal)
            && file != ExportWriter.NotFoundFile && file != ExportManifest.FileName))
        {
            var url = UrlOf(file);
            using var response = await client.GetAsync(url, TestContext.Current.CancellationToken);
            var live = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} (for {file}) answered {(int)response.StatusCode}");
            var exported = await File.ReadAllBytesAsync(site.File(file), TestContext.Current.CancellationToken);
            Assert.True(live.SequenceEqual(exported), $"{file} differs from GET {url}");
            compared++;
        }

        Assert.True(compared > 100, $"only {compared} files compared");
    }

    [Fact]
    public async Task NotFoundFile_IsTheLiveSitesNotFoundPage()
    {
        using var response = await site.Live.Client().GetAsync("/no/such/page", TestContext.Current.CancellationToken);
        var live = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var exported = await File.ReadAllBytesAsync(site.File(ExportWriter.NotFoundFile), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(live, exported);
        var page = await Html.ParseAsync(System.Text.Encoding.UTF8.GetString(exported));
        Assert.Equal("Page not found", page.QuerySelector("h1")!.Text());
    }

    [Fact]
    public void EveryUrlInTheSitemap_HasAFile()
    {
        var sitemap = XDocument.Load(site.File("sitemap.xml"));
        var urls = sitemap.Descendants().Where(element => element.Name.LocalName == "loc").Select(loc => loc.Value).ToList();

        Assert.NotEmpty(urls);
        Assert.All(urls, url =>
        {
            Assert.StartsWith(ExportRun.BaseUrl + "/", url, StringComparison.Ordinal);
            Assert.True(site.Resolve(url[ExportRun.BaseUrl.Length..]) is not null, $"no file for {url}");
        });
    }

    [Fact]
    public async Task EveryLinkScriptStylesheetIconAndPreviewImage_InExportedPages_HasAFileOrARedirect()
    {
        var redirects = (await File.ReadAllLinesAsync(site.File(ExportRedirects.NetlifyFile), TestContext.Current.CancellationToken))
            .Where(line => line.StartsWith('/'))
            .Select(line => line.Split(' ')[0])
            .ToHashSet(StringComparer.Ordinal);
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        var checkedCount = 0;
        foreach (var file in site.Files().Where(file => file.EndsWith(".html", StringComparison.Ordinal)))
        {
            var page = await Html.ParseAsync(await File.ReadAllTextAsync(site.File(file), TestContext.Current.CancellationToken));
            foreach (var reference in References(page))
            {
                var path = LocalPath(reference);
                if (path is null)
                {
                    continue;
                }

                checkedCount++;
                if (site.Resolve(path) is null && !redirects.Contains(path))
                {
                    missing.Add($"{path} (in {file})");
                }
            }
        }

        Assert.True(missing.Count == 0, "no file for:\n" + string.Join('\n', missing));
        Assert.True(checkedCount > 500, $"only {checkedCount} references checked");
    }

    [Fact]
    public async Task EveryCard_IsAPng_AndEverySharePageHasOne()
    {
        var cards = site.Files().Where(file => file.EndsWith(".png", StringComparison.Ordinal)).ToList();
        var sharePages = site.Files().Where(file => file.Contains("/s/", StringComparison.Ordinal) && file.EndsWith(".html", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(sharePages);
        Assert.Equal(TestSite.ServedSlugs.Count + sharePages.Count, cards.Count);
        foreach (var card in cards)
        {
            var bytes = await File.ReadAllBytesAsync(site.File(card), TestContext.Current.CancellationToken);
            Assert.True(bytes.AsSpan().StartsWith(PngSignature), $"{card} is not a PNG");
        }

        Assert.All(sharePages, page => Assert.True(File.Exists(site.File(page[..^".html".Length] + "/card.png")), page));
    }

    [Fact]
    public void DraftsAndGuidesWithErrors_AreNotExported()
    {
        var files = site.Files().ToList();

        Assert.DoesNotContain(files, file => file.Contains(TestSite.DraftSlug, StringComparison.Ordinal));
        Assert.DoesNotContain(files, file => file.Contains(TestSite.BrokenSlug, StringComparison.Ordinal));
        Assert.Contains("1 content files have errors", site.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Aliases_AreInBothRedirectFiles_AndLeadWhereTheLiveSiteRedirects()
    {
        var aliases = site.Live.Services.GetRequiredService<ContentStore>().Current.Aliases;
        var netlify = (await File.ReadAllLinesAsync(site.File(ExportRedirects.NetlifyFile), TestContext.Current.CancellationToken))
            .Where(line => line.StartsWith('/'))
            .Select(line => line.Split(' '))
            .ToList();
        var nginx = (await File.ReadAllLinesAsync(site.File(ExportRedirects.NginxFile), TestContext.Current.CancellationToken))
            .Where(line => line.StartsWith("location", StringComparison.Ordinal))
            .ToList();

        Assert.NotEmpty(aliases);
        foreach (var (alias, slug) in aliases)
        {
            Assert.Contains(new[] { alias, "/guides/" + slug, "301" }, netlify);
            Assert.Contains($"location = {alias} {{ return 301 /guides/{slug}$is_args$args; }}", nginx);
        }

        Assert.Equal(netlify.Count, nginx.Count);
        var client = site.Live.Client();
        foreach (var rule in netlify)
        {
            using var response = await client.GetAsync(rule[0], TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
            Assert.Equal(rule[1], response.Headers.Location!.OriginalString);
        }
    }

    [Fact]
    public async Task TextFiles_HaveBrotliAndGzipSiblings_ThatDecompressToTheFile()
    {
        var text = site.Files().Where(file => !IsSibling(file) && ExportCompression.IsText(file)).ToList();
        var large = text.Where(file => new FileInfo(site.File(file)).Length >= ExportCompression.MinimumBytes).ToList();

        Assert.Contains("index.html", large);
        Assert.Contains("sitemap.xml", large);
        foreach (var file in large)
        {
            var original = await File.ReadAllBytesAsync(site.File(file), TestContext.Current.CancellationToken);
            Assert.Equal(original, await DecompressAsync(new BrotliStream(File.OpenRead(site.File(file + ".br")), CompressionMode.Decompress)));
            Assert.Equal(original, await DecompressAsync(new GZipStream(File.OpenRead(site.File(file + ".gz")), CompressionMode.Decompress)));
        }

        Assert.DoesNotContain(site.Files(), file => file.EndsWith(".png.br", StringComparison.Ordinal) || file.EndsWith(".png.gz", StringComparison.Ordinal));
    }

    [Fact]
    public void Export_WritesNothingOutsideItsFolder()
    {
        Assert.Equal([site.Folder], Directory.EnumerateFileSystemEntries(site.Parent));
    }

    /// <summary>The URL a file was written for: <c>guides/x.html</c> → <c>/guides/x</c>, <c>index.html</c> → <c>/</c>.</summary>
    private static string UrlOf(string file) =>
        file == "index.html" ? "/"
        : file.EndsWith(".html", StringComparison.Ordinal) ? "/" + file[..^".html".Length]
        : "/" + file;

    private static bool IsSibling(string file) =>
        file.EndsWith(".br", StringComparison.Ordinal) || file.EndsWith(".gz", StringComparison.Ordinal);

    private static IEnumerable<string> References(IDocument page) =>
        page.QuerySelectorAll("a[href], link[href]").Select(element => element.GetAttribute("href")!)
            .Concat(page.QuerySelectorAll("script[src], img[src]").Select(element => element.GetAttribute("src")!))
            .Concat(page.QuerySelectorAll("form[action]").Select(element => element.GetAttribute("action")!))
            .Concat(page.QuerySelectorAll("[data-share]").Select(element => element.GetAttribute("data-share")!))
            .Concat(page.QuerySelectorAll("meta[property='og:image'], meta[name='twitter:image']").Select(element => element.GetAttribute("content")!));

    /// <summary>The path of a reference to this site, without query or fragment; <c>null</c> for other sites and in-page links.</summary>
    private static string? LocalPath(string reference)
    {
        if (reference.StartsWith(ExportRun.BaseUrl + "/", StringComparison.Ordinal))
        {
            reference = reference[ExportRun.BaseUrl.Length..];
        }

        if (!reference.StartsWith('/') || reference.StartsWith("//", StringComparison.Ordinal))
        {
            return null;
        }

        var end = reference.IndexOfAny(['?', '#']);
        return end < 0 ? reference : reference[..end];
    }

    private static async Task<byte[]> DecompressAsync(Stream decompressing)
    {
        await using (decompressing)
        {
            using var output = new MemoryStream();
            await decompressing.CopyToAsync(output, TestContext.Current.CancellationToken);
            return output.ToArray();
        }
    }
}
