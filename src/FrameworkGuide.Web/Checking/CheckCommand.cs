using FrameworkGuide.Content.Loading;
using FrameworkGuide.Web.Content;

namespace FrameworkGuide.Web.Checking;

/// <summary>
/// <c>check [DIR]</c>: checks a content folder without starting the server and prints each
/// problem as <c>content/file.md:LINE: error: message</c>. Exits 1 when there is any error.
/// </summary>
public static class CheckCommand
{
    public static bool IsRequested(string[] args) => args is ["check", ..];

    public static int Run(WebApplicationBuilder builder, string[] args)
    {
        using var app = builder.Build();
        var folder = args.Length > 1 && !args[1].StartsWith('-')
            ? Path.GetFullPath(args[1], CallerDirectory())
            : app.Services.GetRequiredService<ContentFolder>().FullPath;
        return Check(app.Services.GetRequiredService<ContentLoader>(), folder, Console.Out);
    }

    public static int Check(ContentLoader loader, string folder, TextWriter output)
    {
        ContentSet set;
        try
        {
            set = loader.Load(folder);
        }
        catch (DirectoryNotFoundException error)
        {
            output.WriteLine($"error: {error.Message}");
            return 1;
        }

        foreach (var diagnostic in set.Diagnostics)
        {
            output.WriteLine(diagnostic.Format(ContentFolder.DisplayPath(folder, diagnostic.Path)));
        }

        output.WriteLine(
            $"{set.Files.Count} files checked: {set.Guides.Count} guides ready, {set.RejectedCount} rejected, {set.ErrorCount} errors, {set.WarningCount} warnings");
        return set.ErrorCount > 0 ? 1 : 0;
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
