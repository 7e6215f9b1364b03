namespace FrameworkGuide.Web.Export;

/// <summary>
/// Writes each URL's body where a static server finds it with
/// <c>try_files $uri $uri.html $uri/index.html</c>: a page at <c>path.html</c> (the root at
/// <c>index.html</c>), anything else at its own path, and beside each text file its Brotli and gzip
/// forms. A URL is unescaped segment by segment, as a server decodes it; a segment that could name
/// something outside the folder (<c>..</c>, a separator, a control character) is refused, and every
/// path is checked to lie inside the folder.
/// </summary>
public sealed class ExportWriter
{
    public const string NotFoundFile = "404.html";

    public ExportWriter(string root)
    {
        ArgumentException.ThrowIfNullOrEmpty(root);
        Root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
    }

    /// <summary>The output folder, absolute.</summary>
    public string Root { get; }

    /// <summary>The file an exported URL is written to.</summary>
    /// <exception cref="ArgumentException">The URL is not a plain path, or names something outside <see cref="Root"/>.</exception>
    public string PathFor(ExportItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        return item.Kind switch
        {
            ExportKind.NotFoundPage => Inside(NotFoundFile),
            ExportKind.Page when item.Url == "/" => Inside("index.html"),
            ExportKind.Page => PathFor(item.Url, ".html"),
            _ => PathFor(item.Url, ""),
        };
    }

    /// <summary>The file for <paramref name="url"/>, with <paramref name="suffix"/> added to its last segment.</summary>
    public string PathFor(string url, string suffix)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (url.Length < 2 || url[0] != '/' || url.Contains('?', StringComparison.Ordinal) || url.Contains('#', StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{url}' is not a site path such as /guides/some-guide", nameof(url));
        }

        var segments = url[1..].Split('/').Select(segment => Segment(url, Uri.UnescapeDataString(segment))).ToArray();
        segments[^1] += suffix;
        return Inside(Path.Combine(segments));
    }

    /// <summary>Writes a file named by the site's own layout (<c>_redirects</c>), relative to <see cref="Root"/>.</summary>
    public async Task<ExportedFiles> WriteAsync(string relativePath, byte[] body, CancellationToken cancellationToken) =>
        await WriteFileAsync(Inside(relativePath), body, cancellationToken);

    /// <summary>Writes an exported URL's body and, for text, its precompressed siblings.</summary>
    public async Task<ExportedFiles> WriteAsync(ExportItem item, byte[] body, CancellationToken cancellationToken) =>
        await WriteFileAsync(PathFor(item), body, cancellationToken);

    private static async Task<ExportedFiles> WriteFileAsync(string path, byte[] body, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, body, cancellationToken);
        var written = new ExportedFiles(1, body.Length);
        if (!ExportCompression.IsText(path))
        {
            return written;
        }

        if (ExportCompression.Brotli(body) is { } brotli)
        {
            await File.WriteAllBytesAsync(path + ".br", brotli, cancellationToken);
            written += new ExportedFiles(1, brotli.Length);
        }

        if (ExportCompression.Gzip(body) is { } gzip)
        {
            await File.WriteAllBytesAsync(path + ".gz", gzip, cancellationToken);
            written += new ExportedFiles(1, gzip.Length);
        }

        return written;
    }

    private static string Segment(string url, string name)
    {
        if (name.Length == 0 || name is "." or ".." || name.Any(character => character is '/' or '\\' || char.IsControl(character))
            || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            throw new ArgumentException($"'{url}' has a segment that cannot be a file name: '{name}'", nameof(url));
        }

        return name;
    }

    private string Inside(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(Root, relativePath));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{relativePath}' is outside the output folder {Root}", nameof(relativePath));
        }

        return full;
    }
}
