namespace FrameworkGuide.Content.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
