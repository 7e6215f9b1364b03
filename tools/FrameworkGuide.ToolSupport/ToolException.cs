namespace FrameworkGuide.ToolSupport;

/// <summary>A tool could not do its work (the site is not built, did not start, a folder is missing): exit code 2, with this message.</summary>
public sealed class ToolException : Exception
{
    public ToolException()
    {
    }

    public ToolException(string message)
        : base(message)
    {
    }

    public ToolException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
