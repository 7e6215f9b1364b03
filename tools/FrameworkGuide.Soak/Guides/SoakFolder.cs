namespace FrameworkGuide.Soak.Guides;

/// <summary>
/// A fresh temporary folder with the site's content folder and a staging folder beside it, on the
/// same file system, so moving a staged file over a guide is a rename, as an editor's save is.
/// Deleted on dispose.
/// </summary>
internal sealed class SoakFolder : IDisposable
{
    private int disposed;

    private SoakFolder(string root)
    {
        Root = root;
        Content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        Staging = Directory.CreateDirectory(Path.Combine(root, "staging")).FullName;
    }

    public string Root { get; }

    /// <summary>The site's <c>Guide:ContentPath</c>.</summary>
    public string Content { get; }

    /// <summary>Where the writer prepares files before moving them into <see cref="Content"/>.</summary>
    public string Staging { get; }

    public static SoakFolder Create() => new(Directory.CreateTempSubdirectory("frameworkguide-soak-").FullName);

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
