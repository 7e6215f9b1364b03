using System.Threading.Channels;

namespace FrameworkGuide.Web.Editing;

/// <summary>
/// Watches the content folder with a <see cref="FileSystemWatcher"/>. Only <c>.md</c> files are
/// reported, so editors' swap, backup and lock files (<c>.swp</c>, <c>~</c>, <c>4913</c>) cost
/// nothing; a folder renamed or deleted, or an overflow of the watcher's buffer (a large
/// <c>git checkout</c>), asks for a full rescan.
/// </summary>
public sealed class FileSystemChangeSource : IContentChangeSource, IDisposable
{
    private readonly Channel<ContentChange> changes = Channel.CreateUnbounded<ContentChange>(new UnboundedChannelOptions { SingleReader = true });
    private FileSystemWatcher? watcher;

    public ChannelReader<ContentChange> Watch(string root)
    {
        watcher = new FileSystemWatcher(root)
        {
            IncludeSubdirectories = true,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Created += (_, e) => Report(e.FullPath, isFolderEvent: Directory.Exists(e.FullPath));
        watcher.Changed += (_, e) => Report(e.FullPath, isFolderEvent: false);
        watcher.Deleted += (_, e) => Report(e.FullPath, isFolderEvent: !IsMarkdown(e.FullPath) && !Path.HasExtension(e.FullPath));
        watcher.Renamed += (_, e) =>
        {
            var isFolder = Directory.Exists(e.FullPath);
            Report(e.OldFullPath, isFolder);
            Report(e.FullPath, isFolder);
        };
        watcher.Error += (_, _) => changes.Writer.TryWrite(ContentChange.Rescan);
        watcher.EnableRaisingEvents = true;
        return changes.Reader;
    }

    public void Dispose() => watcher?.Dispose();

    private void Report(string path, bool isFolderEvent)
    {
        if (isFolderEvent)
        {
            changes.Writer.TryWrite(ContentChange.Rescan);
        }
        else if (IsMarkdown(path))
        {
            changes.Writer.TryWrite(new ContentChange(path));
        }
    }

    private static bool IsMarkdown(string path) => path.EndsWith(".md", StringComparison.Ordinal);
}
