namespace FrameworkGuide.ToolSupport;

/// <summary>
/// A fresh temporary folder with the site's content folder and a staging folder beside it, on the
/// same file system, so moving a staged file over a guide is a rename, as an editor's save is.
/// Deleted on dispose.
/// </summary>
public sealed class ScratchFolder : IDisposable
{
    private int disposed;

    private ScratchFolder(string root)
    {
        Root = root;
        Content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        Staging = Directory.CreateDirectory(Path.Combine(root, "staging")).FullName;
    }

    public string Root { get; }

    /// <summary>The site's <c>Guide:ContentPath</c>.</summary>
    public string Content { get; }

    /// <summary>Where files are prepared before they are moved into <see cref="Content"/>.</summary>
    public string Staging { get; }

    /// <param name="tool">Names the folder: <c>frameworkguide-&lt;tool&gt;-XXXXXX</c> under the system's temporary folder.</param>
    public static ScratchFolder Create(string tool) => new(Directory.CreateTempSubdirectory($"frameworkguide-{tool}-").FullName);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException error)
        {
            Console.Error.WriteLine($"Could not delete {Root}: {error.Message}");
        }
        catch (UnauthorizedAccessException error)
        {
            Console.Error.WriteLine($"Could not delete {Root}: {error.Message}");
        }
    }
}
