namespace FrameworkGuide.Content.Diagnostics;

/// <summary>Collects the diagnostics of one file while it is parsed.</summary>
internal sealed class DiagnosticBag(string path)
{
    private readonly List<ContentDiagnostic> items = [];

    public string Path { get; } = path;

    public bool HasErrors { get; private set; }

    public IReadOnlyList<ContentDiagnostic> Items => items;

    public void Error(int line, string message)
    {
        HasErrors = true;
        items.Add(new ContentDiagnostic(Path, line, Severity.Error, message));
    }

    public void Warning(int line, string message) =>
        items.Add(new ContentDiagnostic(Path, line, Severity.Warning, message));
}
