using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Content;

/// <summary>The content folder resolved against the app: absolute, or relative to its content root.</summary>
public sealed class ContentFolder(IOptions<GuideOptions> options, IHostEnvironment environment)
{
    public string FullPath { get; } = Path.GetFullPath(options.Value.ContentPath, environment.ContentRootPath);

    /// <summary>How a file is named to editors: under the folder's own name (<c>content/flask-vs-django.md</c>).</summary>
    public string DisplayPath(string relativePath) => DisplayPath(FullPath, relativePath);

    public static string DisplayPath(string folder, string relativePath) =>
        $"{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}/{relativePath}";
}
