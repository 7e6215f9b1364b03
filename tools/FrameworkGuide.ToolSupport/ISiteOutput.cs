namespace FrameworkGuide.ToolSupport;

/// <summary>Where a started site's console lines go, as they arrive; each tool reads what it needs from them.</summary>
public interface ISiteOutput
{
    void Add(string line);

    /// <summary>The last lines, for a failure message.</summary>
    string Tail { get; }
}
