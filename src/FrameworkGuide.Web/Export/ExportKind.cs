namespace FrameworkGuide.Web.Export;

/// <summary>How an exported URL is named on disk and what answer the site must give for it.</summary>
public enum ExportKind
{
    /// <summary>An HTML page at an extensionless URL: written as <c>path.html</c>, the root as <c>index.html</c>.</summary>
    Page,

    /// <summary>Anything with a name of its own (<c>sitemap.xml</c>, a card, a stylesheet): written under that name.</summary>
    File,

    /// <summary>The page the site shows for an unknown address, answered with 404: written as <c>404.html</c>.</summary>
    NotFoundPage,
}
