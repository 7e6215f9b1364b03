using FrameworkGuide.Synthetic;

namespace FrameworkGuide.ReloadBench.Generation;

/// <summary>
/// A fresh temporary folder with the site's content folder and a staging folder beside it, on the
/// same file system, so moving a staged file over a guide is a rename, as an editor's save is.
/// Deleted on dispose.
/// </summary>
internal sealed class GuideFolder : IDisposable
{
    private int disposed;

    private GuideFolder(string root)
    {
        Root = root;
        Content = Directory.CreateDirectory(Path.Combine(root, "content")).FullName;
        Staging = Directory.CreateDirectory(Path.Combine(root, "staging")).FullName;
    }

    public string Root { get; }

    /// <summary>The site's <c>Guide:ContentPath</c>.</summary>
    public string Content { get; }

    private string Staging { get; }

    public static GuideFolder Create() =>
        new(Directory.CreateTempSubdirectory("frameworkguide-reloadbench-").FullName);

    public string PathOf(int index) => Path.Combine(Content, GuideText.Slug(index) + ".md");

    /// <summary>Overwrites the guide's file where it is: truncate, then write.</summary>
    public void WriteInPlace(int index, string text) => File.WriteAllText(PathOf(index), text);

    /// <summary>Writes the text to a staging file, then moves it over the guide's file, as most editors save.</summary>
    public void ReplaceByMove(int index, string text)
    {
        var staged = Path.Combine(Staging, GuideText.Slug(index) + ".md.tmp");
        File.WriteAllText(staged, text);
        File.Move(staged, PathOf(index), overwrite: true);
    }

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
