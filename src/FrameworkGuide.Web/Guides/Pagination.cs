using System.Globalization;

namespace FrameworkGuide.Web.Guides;

/// <summary>One page of a long list: <c>/</c>, <c>/page/2</c>, … (or <c>/tags/x</c>, <c>/tags/x/page/2</c>).</summary>
/// <param name="BasePath">The list's first page; later pages add <c>/page/N</c>.</param>
public sealed record Pagination(int Page, int PageCount, string BasePath)
{
    public bool HasPrevious => Page > 1;

    public bool HasNext => Page < PageCount;

    public string PathOf(int page) => page <= 1
        ? BasePath
        : (BasePath == "/" ? "" : BasePath) + "/page/" + page.ToString(CultureInfo.InvariantCulture);

    /// <summary>The page of <paramref name="items"/> to show, or <c>null</c> when the page number is past the end.</summary>
    public static (IReadOnlyList<T> Items, Pagination Pagination)? Slice<T>(IReadOnlyList<T> items, int page, int pageSize, string basePath)
    {
        var pageCount = Math.Max(1, (items.Count + pageSize - 1) / pageSize);
        if (page < 1 || page > pageCount)
        {
            return null;
        }

        var slice = items.Skip((page - 1) * pageSize).Take(pageSize).ToList();
        return (slice, new Pagination(page, pageCount, basePath));
    }
}
