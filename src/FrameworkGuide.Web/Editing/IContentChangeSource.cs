using System.Threading.Channels;

namespace FrameworkGuide.Web.Editing;

/// <summary>Where the reloader hears about changes in the content folder.</summary>
public interface IContentChangeSource
{
    /// <summary>Starts watching <paramref name="root"/>; the changes arrive on the returned reader.</summary>
    ChannelReader<ContentChange> Watch(string root);
}
