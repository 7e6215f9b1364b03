using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Content;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Checking;

/// <summary>
/// <c>check [DIR]</c>: checks a content folder without starting the server and prints each
/// problem as <c>content/file.md:LINE: error: message</c>. Exits 1 when there is any error.
/// </summary>
/// <remarks>
/// It reads and writes the site's parse cache (<c>Guide:ParseCache</c>, <c>Guide:ParseCachePath</c>)
/// as the site does: a check run by the build that is then started, on the content it then serves,
/// leaves the results the site's first start would otherwise spend seconds parsing.
/// </remarks>
public static class CheckCommand
{
    public static bool IsRequested(string[] args) => args is ["check", ..];

    public static int Run(WebApplicationBuilder builder, string[] args)
    {
        using var app = builder.Build();
        var folder = args.Length > 1 && !args[1].StartsWith('-')
            ? Path.GetFullPath(args[1], CallerDirectory())
            : app.Services.GetRequiredService<ContentFolder>().FullPath;
        using var cache = Directory.Exists(folder)
            ? app.Services.GetRequiredService<IOptions<GuideOptions>>().Value.OpenParseCache(app.Environment.ContentRootPath, folder)
            : null;
        return Check(app.Services.GetRequiredService<ContentFileReader>(), folder, cache, Console.Out);
    }

    /// <param name="cache">The parse cache of <paramref name="folder"/>: read, and written when anything changed; <c>null</c> parses every file.</param>
    public static int Check(ContentFileReader reader, string folder, ParseCache? cache, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var root = Path.GetFullPath(folder);
        if (!Directory.Exists(root))
        {
            output.WriteLine($"error: the content folder '{root}' does not exist");
            return 1;
        }

        var library = new ContentLibrary(reader, root, TimeProvider.System, cache);
        var set = library.LoadAll();
        foreach (var diagnostic in set.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(ContentFolder.DisplayPath(root, diagnostic.Path)));
        }

        output.WriteLine(
            $"{set.Files.Count} files checked: {set.Guides.Count} guides ready, {set.RejectedCount} rejected, {set.ErrorCount} errors, {set.WarningCount} warnings");
        if (cache is not null)
        {
            SaveCache(library, cache, output);
        }

        return set.ErrorCount > 0 ? 1 : 0;
    }

    /// <summary>A cache that cannot be written is a warning: it costs the next start its speed, not its pages.</summary>
    private static void SaveCache(ContentLibrary library, ParseCache cache, TextWriter output)
    {
        if (cache.Problem is { } problem)
        {
            output.WriteLine($"warning: the parse cache {cache.File} was not used: {problem}");
        }

        try
        {
            var written = library.SaveCache();
            output.WriteLine($"Parse cache: {cache.Hits} files from the cache, {cache.Misses} parsed, {(written ? "written" : "unchanged")} ({cache.File})");
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            output.WriteLine($"warning: the parse cache could not be written to {cache.File}: {error.Message}");
        }
    }

    /// <summary>
    /// The directory the editor ran the command from. <c>dotnet run</c> starts the app in the
    /// project's folder, so a relative DIR is read against the shell's <c>PWD</c> when it has one.
    /// </summary>
    private static string CallerDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd)
            ? pwd
            : Environment.CurrentDirectory;
}
