using FrameworkGuide.Content.Model;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Guides;

/// <summary>A section or question on a page of its own, so a shared link previews as that part.</summary>
public sealed record SharedPartPage(Guide Guide, SharedPart Part) : IPageModel
{
    public PageMeta Meta => new($"{Part.Title} · {Guide.Title}", Part.Text.Length > 0 ? Sentences.First(Part.Text, 200) : Guide.Summary)
    {
        Path = Permalinks.SharePath(Guide, Part.Id),
        Type = "article",
        Image = GuideCard.Of(Guide, Part.Id, Part.Title),
        Modified = Guide.Updated,
        Tags = Guide.Tags.Select(tag => tag.Name).ToList(),
    };

    /// <summary>Where the part is in the full guide.</summary>
    public string InGuidePath => $"{Guide.CanonicalPath}#{Part.Id}";
}
