namespace FrameworkGuide.Web.Editing;

/// <summary>A change seen in the content folder: one file, or "look at everything again".</summary>
/// <param name="Path">The absolute path of the file that changed; <c>null</c> asks for a full rescan.</param>
public readonly record struct ContentChange(string? Path)
{
    public static ContentChange Rescan { get; } = new(null);
}
