using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Search;

public sealed class SearchController(GuideSearch search, SearchIndexes indexes, IOptions<SearchOptions> options) : Controller
{
    /// <param name="q">The reader's words, as typed.</param>
    /// <param name="partial"><c>1</c>: only the results, for the page's script to swap in as the reader types.</param>
    [AcceptVerbs("GET", "HEAD", Route = "/search")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(FrameworkGuide.Web.Security.SecurityExtensions.PerRequestWork)]
    public async Task<IActionResult> Index(string? q, string? partial)
    {
        if (!string.IsNullOrWhiteSpace(q) && !await indexes.WaitUntilReadyAsync(options.Value.FirstIndexWait, HttpContext.RequestAborted))
        {
            Response.Headers.RetryAfter = "2";
            return StatusCode(StatusCodes.Status503ServiceUnavailable);
        }

        var page = search.Find(q);
        return partial == "1" ? PartialView("_Results", page) : View(page);
    }
}
