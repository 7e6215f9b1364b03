using System.Diagnostics;
using System.Globalization;
using System.Text;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Content;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Export;

/// <summary>
/// <c>export OUTDIR [--force]</c>: writes the whole site as files that nginx, an object store or a
/// CDN serves at the same URLs (docs/export.md), or updates an earlier export in OUTDIR in place. It
/// builds the real site, configured as always but rendering as in Production and served in memory
/// (<see cref="ExportHost"/>), asks it for every URL and writes each
/// answer: an exported page is, byte for byte, the page the live site serves at that URL.
/// Exits 1 when OUTDIR holds anything but an earlier export (without <c>--force</c>) or when any URL fails.
/// </summary>
public static class ExportCommand
{
    private const int MaxFailuresShown = 50;

    public static bool IsRequested(string[] args) => args is ["export", ..];

    public static async Task<int> RunAsync(WebApplicationBuilder builder, string[] args, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(builder);
        output ??= Console.Out;
        var clock = Stopwatch.StartNew();
        if (!ExportArguments.TryParse(args, CallerDirectory(), out var arguments, out var error))
        {
            await output.WriteLineAsync($"error: {error}{Environment.NewLine}{ExportArguments.Usage}");
            return 1;
        }

        builder.Configuration.AddInMemoryCollection(arguments.Settings);
        var options = builder.Configuration.GetSection(GuideOptions.SectionName).Get<GuideOptions>() ?? new GuideOptions();
        var content = new ContentFolder(Options.Create(options), builder.Environment).FullPath;
        if (!Directory.Exists(content))
        {
            await output.WriteLineAsync($"error: the content folder {content} does not exist (Guide:ContentPath)");
            return 1;
        }

        // The record of an earlier export (66 MB at 10,000 guides) is read, and the files it names
        // checked, while the site starts and loads the content. A folder that cannot be used stops
        // the export before any URL is asked for.
        var prepared = Task.Run(
            () =>
            {
                var problem = ExportFolder.Prepare(arguments.OutputFolder, arguments.Force, [content, builder.Environment.ContentRootPath], out var earlier);
                earlier?.CheckFiles(ExportWriter.RootOf(arguments.OutputFolder));
                return (Problem: problem, Earlier: earlier);
            },
            cancellationToken);
        await using var app = ExportHost.Build(builder);
        await app.StartAsync(cancellationToken);
        try
        {
            var (problem, earlier) = await prepared;
            if (problem is not null)
            {
                await output.WriteLineAsync($"error: {problem}");
                return 1;
            }

            return await ExportAsync(app, new ExportWriter(arguments.OutputFolder, earlier), options.BaseUrl is null, output, clock, cancellationToken);
        }
        finally
        {
            await app.StopAsync(CancellationToken.None);
        }
    }

    private static async Task<int> ExportAsync(WebApplication app, ExportWriter writer, bool noBaseUrl, TextWriter output, Stopwatch clock, CancellationToken cancellationToken)
    {
        var set = app.Services.GetRequiredService<ContentStore>().Current;
        var options = app.Services.GetRequiredService<IOptions<GuideOptions>>().Value;
        if (noBaseUrl)
        {
            await output.WriteLineAsync(
                "warning: Guide:BaseUrl is not set, so canonical links, previews, the sitemap and the feed name http://localhost. "
                + "Set it to the address the files will be served at: Guide__BaseUrl=https://your.site or --Guide:BaseUrl=https://your.site");
        }

        if (set.RejectedCount > 0)
        {
            await output.WriteLineAsync(
                $"warning: {set.RejectedCount} content files have errors and are left out, as on the live site; `check` lists the errors");
        }

        var parallelism = Environment.ProcessorCount * 4;
        using var client = ExportHost.Client(app);
        var assets = StaticAssetUrls.Of(app);
        var plan = ExportPlan.For(set, options.PageSize, assets, options.SitemapUrls);
        var inputs = new ExportInputs(set, app.Services.GetRequiredService<ContentRules>(), app.Configuration, assets);
        var result = await new SiteExporter(client, writer, inputs, parallelism).ExportAsync(plan, cancellationToken);
        var redirects = ExportRedirects.Of(set);
        var files = result.Files
            + await writer.WriteAsync(ExportRedirects.NginxFile, Encoding.UTF8.GetBytes(ExportRedirects.Nginx(redirects)), cancellationToken)
            + await writer.WriteAsync(ExportRedirects.NetlifyFile, Encoding.UTF8.GetBytes(ExportRedirects.Netlify(redirects)), cancellationToken);

        var deleted = writer.Finish(complete: result.Succeeded);
        if (!result.Succeeded)
        {
            await output.WriteLineAsync($"error: {result.Failures.Count} of {result.Urls} URLs failed, so the export in {writer.Root} is incomplete:");
            foreach (var failure in result.Failures.Take(MaxFailuresShown))
            {
                await output.WriteLineAsync($"  {failure}");
            }

            if (result.Failures.Count > MaxFailuresShown)
            {
                await output.WriteLineAsync($"  … and {result.Failures.Count - MaxFailuresShown} more");
            }

            return 1;
        }

        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Exported {result.Urls} URLs of {set.Guides.Count} guides to {writer.Root}: {files.Count} files ({files.Written} written, {files.Count - files.Written} unchanged, {deleted} deleted), "
            + $"{files.Bytes / 1048576.0:0.0} MiB, {redirects.Count} redirects, in {clock.Elapsed.TotalSeconds:0.0} s ({result.Elapsed.TotalSeconds:0.0} s for the URLs: {result.UrlsPerSecond:0} pages/s, {result.Asked} asked for, {result.Urls - result.Asked} kept as made from the same inputs)"));
        return 0;
    }

    /// <summary>The directory the command was run from: <c>dotnet run</c> starts the app in the project's folder (as in <c>check</c>).</summary>
    private static string CallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory;
}
