using FrameworkGuide.Content.Model;
using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Guides;

/// <summary>A guide shown whole (the comparison page) or one focused part of it.</summary>
public sealed record GuidePage(Guide Guide, GuidePart Part) : IPageModel
{
    public PageMeta Meta => Part switch
    {
        GuidePart.DecisionTable => new($"Decision table: {Guide.Title}", $"Which of {OptionList} fits each kind of project, and why."),
        GuidePart.Faq => new($"FAQ: {Guide.Title}", $"Common questions about {OptionList}, answered."),
        _ => new(Guide.Title, Guide.Summary),
    };

    public string OptionList => string.Join(", ", Guide.Options.Select(option => option.Name));
}
