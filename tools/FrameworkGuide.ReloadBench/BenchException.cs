namespace FrameworkGuide.ReloadBench;

/// <summary>The benchmark cannot run (no built site, the site does not start); the message says why.</summary>
internal sealed class BenchException : Exception
{
    public BenchException()
    {
    }

    public BenchException(string message)
        : base(message)
    {
    }

    public BenchException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
