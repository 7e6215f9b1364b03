using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Guides;

/// <summary>The permalinks of a guide's parts; sections and questions also have a page of their own to share.</summary>
public static class Permalinks
{
    public static Permalink For(Guide guide, Section section) => new(section.Id, section.Title, SharePath(guide, section.Id));

    public static Permalink For(Guide guide, FaqItem item) => new(item.Id, item.Question, SharePath(guide, item.Id));

    public static Permalink For(DecisionRow row) => new(row.Anchor, row.Need);

    public static string SharePath(Guide guide, string id) => $"{guide.CanonicalPath}/s/{id}";
}
