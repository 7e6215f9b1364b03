namespace FrameworkGuide.Soak;

/// <summary>The soak cannot run (no built site, the site does not start, the writer fails); the message says why.</summary>
internal sealed class SoakException : Exception
{
    public SoakException()
    {
    }

    public SoakException(string message)
        : base(message)
    {
    }

    public SoakException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
