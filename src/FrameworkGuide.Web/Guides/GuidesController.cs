using FrameworkGuide.Web.Caching;
using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Decisions;
using FrameworkGuide.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Guides;

public sealed class GuidesController(ContentStore content, IOptions<GuideOptions> options) : Controller
{
    private const string SlugRoute = "/guides/{slug:regex(^[[a-z0-9-]]+$)}";

    /// <summary>All guides, most recently updated first, a page at a time.</summary>
    [AcceptVerbs("GET", "HEAD", Route = "/")]
    [AcceptVerbs("GET", "HEAD", Route = "/page/{page:int:min(2)}")]
    public IActionResult Index(int page = 1)
    {
        var set = content.Current;
        if (Pagination.Slice(set.Guides, page, options.Value.PageSize, "/") is not var (guides, pagination))
        {
            return NotFound();
        }

        var title = page == 1 ? "Decision guides" : $"Decision guides, page {page} of {pagination.PageCount}";
        return View(new GuideListPage(
            new PageMeta(title, "Side-by-side guides that tell you which framework, database or tool fits your project.") { Path = pagination.PathOf(page) },
            "Which one fits your project?",
            guides)
        {
            Tags = page == 1 ? set.Tags : [],
            Pagination = pagination,
        });
    }

    [AcceptVerbs("GET", "HEAD", Route = SlugRoute)]
    public IActionResult Show(string slug) => Page(slug, GuidePart.Comparison);

    /// <summary>
    /// The decision table, and with <c>?need=row-id&amp;need=…</c> the reader's result. With
    /// <c>partial=1</c> only the result, for the page's script to put in place as boxes are ticked.
    /// </summary>
    [AcceptVerbs("GET", "HEAD", Route = SlugRoute + "/decision-table")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(FrameworkGuide.Web.Security.SecurityExtensions.PerRequestWork)]
    public IActionResult DecisionTable(string slug)
    {
        if (Request.Query["partial"] == "1")
        {
            if (!content.Current.BySlug.TryGetValue(slug, out var guide) || NeedSelection.Read(guide, Request.Query["need"]) is not { } result)
            {
                return NotFound();
            }

            // Tells decide.js this is the result fragment, not a page a static host served in its place.
            Response.Headers["X-Decision-Result"] = "1";
            return PartialView("_DecisionResult", result);
        }

        return Page(slug, GuidePart.DecisionTable);
    }

    [AcceptVerbs("GET", "HEAD", Route = SlugRoute + "/faq")]
    public IActionResult Faq(string slug) => Page(slug, GuidePart.Faq);

    /// <summary>One section or FAQ question on its own page: shared links to it preview as that part.</summary>
    [AcceptVerbs("GET", "HEAD", Route = SlugRoute + "/s/{id}")]
    public IActionResult Share(string slug, string id)
    {
        if (!content.Current.BySlug.TryGetValue(slug, out var guide) || SharedPart.Find(guide, id) is not { } part)
        {
            return NotFound();
        }

        HttpContext.DependsOn([guide]);
        return View(new SharedPartPage(guide, part));
    }

    private IActionResult Page(string slug, GuidePart part)
    {
        // One set for the whole page: a reload between two reads would relate the guide to its own newer copy.
        var set = content.Current;
        if (!set.BySlug.TryGetValue(slug, out var guide))
        {
            return NotFound();
        }

        var missing = part switch
        {
            GuidePart.DecisionTable => guide.DecisionTable is null,
            GuidePart.Faq => guide.Faq is null,
            _ => false,
        };
        if (missing)
        {
            return NotFound();
        }

        var related = part == GuidePart.Comparison ? RelatedGuides.For(guide, set) : [];
        if (part == GuidePart.Comparison)
        {
            // A guide added, retagged or removed elsewhere can change which guides are related.
            HttpContext.DependsOn([guide, .. related], later => later.BySlug.TryGetValue(slug, out var now) ? [now, .. RelatedGuides.For(now, later)] : [null]);
        }
        else
        {
            HttpContext.DependsOn([guide]);
        }

        return View(part.ToString(), new GuidePage(guide, part)
        {
            Related = related,
            Result = part == GuidePart.Faq ? null : NeedSelection.Read(guide, Request.Query["need"]),
        });
    }
}
