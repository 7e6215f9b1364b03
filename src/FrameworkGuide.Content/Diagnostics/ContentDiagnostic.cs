namespace FrameworkGuide.Content.Diagnostics;

/// <summary>A problem in one content file, located the way a compiler would report it.</summary>
/// <param name="Path">The file's path relative to the content folder, with forward slashes.</param>
/// <param name="Line">1-based line in the file.</param>
public sealed record ContentDiagnostic(string Path, int Line, Severity Severity, string Message)
{
    public bool IsError => Severity == Severity.Error;

    /// <summary>Formats as <c>path:line: error: message</c>, with the path as given.</summary>
    public string Format(string displayPath) =>
        $"{displayPath}:{Line}: {(IsError ? "error" : "warning")}: {Message}";

    public override string ToString() => Format(Path);
}
