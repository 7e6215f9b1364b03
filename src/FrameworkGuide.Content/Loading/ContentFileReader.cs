using System.Text;
using FrameworkGuide.Content.Diagnostics;
using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;

namespace FrameworkGuide.Content.Loading;

/// <summary>Reads one content file from disk, guarding size and encoding, and parses it.</summary>
public sealed class ContentFileReader(GuideParser parser, long maxFileBytes)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="root">The content folder, absolute.</param>
    /// <param name="fullPath">The file, absolute, inside <paramref name="root"/>.</param>
    /// <param name="cache">Results kept from an earlier run: a file whose bytes it knows is not parsed again.</param>
    public ParseResult Read(string root, string fullPath, ParseCache? cache = null)
    {
        var path = RelativePath(root, fullPath);
        var problem = Check(root, new FileInfo(fullPath));
        if (problem is not null)
        {
            return Rejected(path, problem);
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (IOException error)
        {
            return Rejected(path, $"the file cannot be read: {error.Message}");
        }
        catch (UnauthorizedAccessException error)
        {
            return Rejected(path, $"the file cannot be read: {error.Message}");
        }

        if (bytes.Length > maxFileBytes)
        {
            return Rejected(path, TooBig(bytes.Length));
        }

        var hash = ParseCache.Hash(bytes);
        if (cache?.Find(path, hash) is { } kept)
        {
            return parser.Rules.Date(path, kept);
        }

        if (Decode(bytes) is not { } text)
        {
            return Rejected(path, "the file is not UTF-8 text: save it as UTF-8");
        }

        var undated = Stamped(ParseGuarded(path, text, out var crashed), hash);
        if (!crashed)
        {
            cache?.Keep(path, hash, undated);
        }

        return parser.Rules.Date(path, undated);
    }

    private static ParseResult Stamped(ParseResult result, Hash128 hash) =>
        result.Guide is { } guide ? result with { Guide = guide with { SourceHash = hash } } : result;

    /// <summary>One file must never stop the others from loading: a failure the parser did not foresee becomes this file's error.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "Any failure in one file is reported against that file.")]
    private ParseResult ParseGuarded(string path, string text, out bool crashed)
    {
        crashed = false;
        try
        {
            return parser.ParseUndated(path, text);
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            crashed = true;
            return Rejected(path, $"the file could not be parsed ({error.GetType().Name}: {error.Message.TrimEnd('.')}); please report this with the file");
        }
    }

    public static string RelativePath(string root, string fullPath) =>
        Path.GetRelativePath(root, fullPath).Replace('\\', '/');

    private string? Check(string root, FileInfo file)
    {
        if (LeavesRoot(root, file))
        {
            return "the file, or a folder it is in, is a link to a place outside the content folder, so it is not read";
        }

        return file.Exists && file.Length > maxFileBytes ? TooBig(file.Length) : null;
    }

    /// <summary>True when the file, or a folder between it and the root, links to a place outside the root.</summary>
    private static bool LeavesRoot(string root, FileInfo file)
    {
        FileSystemInfo? entry = file;
        while (entry is not null && Path.GetRelativePath(root, entry.FullName) != "." && IsInside(root, entry.FullName))
        {
            if (entry.LinkTarget is not null
                && (entry.ResolveLinkTarget(returnFinalTarget: true) is not { } target || !IsInside(root, target.FullName)))
            {
                return true;
            }

            entry = entry is FileInfo { Directory: var folder } ? folder : ((DirectoryInfo)entry).Parent;
        }

        return false;
    }

    private string TooBig(long length) =>
        $"the file is {length:N0} bytes, over the limit of {maxFileBytes:N0} (Guide:MaxFileBytes)";

    private static bool IsInside(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        return relative != ".." && !relative.StartsWith("../", StringComparison.Ordinal) && !Path.IsPathRooted(relative);
    }

    private static string? Decode(byte[] bytes)
    {
        var span = bytes.AsSpan();
        if (span.StartsWith("\uFEFF"u8))
        {
            span = span[3..];
        }

        if (span.Contains((byte)0))
        {
            return null;
        }

        try
        {
            return StrictUtf8.GetString(span);
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static ParseResult Rejected(string path, string message) =>
        new(null, [new ContentDiagnostic(path, 1, Severity.Error, message)]);
}
