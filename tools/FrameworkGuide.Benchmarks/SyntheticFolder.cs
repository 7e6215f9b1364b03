using FrameworkGuide.Synthetic;

namespace FrameworkGuide.Benchmarks;

/// <summary>A fresh temporary folder holding <c>guide-0001.md</c> … <c>guide-NNNN.md</c>; deleted on dispose.</summary>
public sealed class SyntheticFolder : IDisposable
{
    private SyntheticFolder(string path, int count)
    {
        Path = path;
        Count = count;
    }

    public string Path { get; }

    public int Count { get; }

    public static SyntheticFolder Create(int count)
    {
        var path = Directory.CreateTempSubdirectory("frameworkguide-benchmarks-").FullName;
        GuideSet.Write(path, count);
        return new SyntheticFolder(path, count);
    }

    public string PathOf(int index) => System.IO.Path.Combine(Path, GuideText.FileName(index));

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
