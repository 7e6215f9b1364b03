namespace FrameworkGuide.Web.Layout;

/// <summary>What the layout needs to know about a page to fill in its head: title, description, previews.</summary>
public sealed record PageMeta(string Title, string? Description)
{
    /// <summary>The canonical path of the page (<c>/guides/flask-vs-django</c>); <c>null</c> for pages not to be indexed, such as errors.</summary>
    public string? Path { get; init; }

    /// <summary>Open Graph type: <c>article</c> for guides, <c>website</c> for lists.</summary>
    public string Type { get; init; } = "website";

    /// <summary>The preview image, when the page has one.</summary>
    public PageImage? Image { get; init; }

    public DateOnly? Modified { get; init; }

    public IReadOnlyList<string> Tags { get; init; } = [];
}
