namespace FrameworkGuide.Web.Tests;

/// <summary>A content folder of its own under the system temp folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    private TempFolder(string path) => FullPath = path;

    public string FullPath { get; }

    public string Name => Path.GetFileName(FullPath);

    public static TempFolder Create(string prefix, params (string Name, string Text)[] files)
    {
        var folder = new TempFolder(Directory.CreateTempSubdirectory($"fg-{prefix}-").FullName);
        foreach (var (name, text) in files)
        {
            var path = Path.Combine(folder.FullPath, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return folder;
    }

    public void Dispose()
    {
        if (Directory.Exists(FullPath))
        {
            Directory.Delete(FullPath, recursive: true);
        }
    }
}
