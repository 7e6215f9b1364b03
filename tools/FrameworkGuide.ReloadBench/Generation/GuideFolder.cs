using FrameworkGuide.Synthetic;
using FrameworkGuide.ToolSupport;

namespace FrameworkGuide.ReloadBench.Generation;

/// <summary>The benchmark's scratch folder, with the two ways an editor's save reaches a guide's file.</summary>
internal sealed class GuideFolder : IDisposable
{
    private readonly ScratchFolder folder = ScratchFolder.Create("reloadbench");

    /// <summary>The site's <c>Guide:ContentPath</c>.</summary>
    public string Content => folder.Content;

    public static GuideFolder Create() => new();

    public string PathOf(int index) => Path.Combine(Content, GuideText.Slug(index) + ".md");

    /// <summary>Overwrites the guide's file where it is: truncate, then write.</summary>
    public void WriteInPlace(int index, string text) => File.WriteAllText(PathOf(index), text);

    /// <summary>Writes the text to a staging file, then moves it over the guide's file, as most editors save.</summary>
    public void ReplaceByMove(int index, string text)
    {
        var staged = Path.Combine(folder.Staging, GuideText.Slug(index) + ".md.tmp");
        File.WriteAllText(staged, text);
        File.Move(staged, PathOf(index), overwrite: true);
    }

    public void Dispose() => folder.Dispose();
}
