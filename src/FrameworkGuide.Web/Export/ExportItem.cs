using FrameworkGuide.Content.Model;

namespace FrameworkGuide.Web.Export;

/// <summary>One URL of the site to write as a file.</summary>
/// <param name="Url">The path as the site links to it, percent-escaped where links escape it: <c>/tags/c%23</c>.</param>
public sealed record ExportItem(string Url, ExportKind Kind)
{
    /// <summary>The guide the answer shows, when it shows one guide and nothing else of the content set (its pages, card and data).</summary>
    public Guide? Guide { get; init; }

    /// <summary>True for a guide's comparison page, which also lists its related guides.</summary>
    public bool ShowsRelated { get; init; }

    /// <summary>The status the site answers when all is well: 404 for the not-found page, else 200.</summary>
    public int ExpectedStatus => Kind == ExportKind.NotFoundPage ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
}
