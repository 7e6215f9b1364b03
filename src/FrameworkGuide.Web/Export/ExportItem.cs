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

    /// <summary>For a page of a list of guides that shows nothing else of the content set: what it lists.</summary>
    public GuideListing? Listing { get; init; }

    /// <summary>The status the site answers when all is well: 404 for the not-found page, else 200.</summary>
    public int ExpectedStatus => Kind == ExportKind.NotFoundPage ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
}

/// <summary>One page of a list of guides (<c>/page/2</c>, <c>/tags/python</c>): everything it shows of the content set.</summary>
/// <param name="Guides">The guides on this page, in order.</param>
/// <param name="Heading">The tag's name on a tag's pages; empty on the pages of all guides.</param>
/// <param name="PageCount">How many pages the list has: each page says so.</param>
public sealed record GuideListing(IReadOnlyList<Guide> Guides, string Heading, int PageCount);
