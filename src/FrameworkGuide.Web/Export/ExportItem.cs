namespace FrameworkGuide.Web.Export;

/// <summary>One URL of the site to write as a file.</summary>
/// <param name="Url">The path as the site links to it, percent-escaped where links escape it: <c>/tags/c%23</c>.</param>
public sealed record ExportItem(string Url, ExportKind Kind)
{
    /// <summary>The status the site answers when all is well: 404 for the not-found page, else 200.</summary>
    public int ExpectedStatus => Kind == ExportKind.NotFoundPage ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
}
