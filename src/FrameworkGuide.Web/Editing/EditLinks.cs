using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Content;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Editing;

/// <summary>The "Edit this page" link of a guide, from the <c>Guide:EditUrl</c> template.</summary>
public sealed class EditLinks(IOptions<GuideOptions> options)
{
    /// <summary>The link for the guide's file, or <c>null</c> when no template is configured.</summary>
    public string? For(Guide guide) =>
        options.Value.EditUrl is { Length: > 0 } template
            ? template.Replace("{path}", string.Join('/', guide.SourcePath.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal)
            : null;
}
