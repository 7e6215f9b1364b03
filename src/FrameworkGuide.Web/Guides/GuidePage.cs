using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Decisions;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Guides;

/// <summary>A guide shown whole (the comparison page) or one focused part of it.</summary>
public sealed record GuidePage(Guide Guide, GuidePart Part) : IPageModel
{
    public PageMeta Meta => (Part switch
    {
        GuidePart.DecisionTable when Result is { IsEmpty: false } result => new PageMeta(
            $"{result.Verdict} — {Guide.Title}",
            $"Needs ticked: {string.Join("; ", result.Ticked.Select(row => row.Need))}.")
        {
            Path = result.Path,
        },
        GuidePart.DecisionTable => new PageMeta($"Decision table: {Guide.Title}", $"Which of {OptionList} fits each kind of project, and why.") { Path = Guide.CanonicalPath + "/decision-table" },
        GuidePart.Faq => new PageMeta($"FAQ: {Guide.Title}", $"Common questions about {OptionList}, answered.") { Path = Guide.CanonicalPath + "/faq" },
        _ => new PageMeta(Guide.Title, Guide.Summary) { Path = Guide.CanonicalPath },
    }) with
    {
        Type = "article",
        Image = GuideCard.Of(Guide),
        Modified = Guide.Updated,
        Tags = Guide.Tags.Select(tag => tag.Name).ToList(),
    };

    public string OptionList => string.Join(", ", Guide.Options.Select(option => option.Name));

    /// <summary>The reader's ticked needs and what they point to; empty when nothing is ticked.</summary>
    public DecisionResult? Result { get; init; }

    /// <summary>Guides that share a tag with this one, most shared tags first, then most recently updated.</summary>
    public IReadOnlyList<Guide> Related { get; init; } = [];
}
