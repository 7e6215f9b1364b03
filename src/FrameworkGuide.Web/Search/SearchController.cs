using Microsoft.AspNetCore.Mvc;

namespace FrameworkGuide.Web.Search;

public sealed class SearchController(GuideSearch search) : Controller
{
    /// <param name="q">The reader's words, as typed.</param>
    /// <param name="partial"><c>1</c>: only the results, for the page's script to swap in as the reader types.</param>
    [AcceptVerbs("GET", "HEAD", Route = "/search")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(FrameworkGuide.Web.Security.SecurityExtensions.PerRequestWork)]
    public IActionResult Index(string? q, string? partial)
    {
        var page = search.Find(q);
        return partial == "1" ? PartialView("_Results", page) : View(page);
    }
}
