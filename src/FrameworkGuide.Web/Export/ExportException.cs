namespace FrameworkGuide.Web.Export;

/// <summary>One URL could not be exported; the message says why, for the command's report.</summary>
public sealed class ExportException : Exception
{
    public ExportException()
    {
    }

    public ExportException(string message)
        : base(message)
    {
    }

    public ExportException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
