using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Guides;
using FrameworkGuide.Web.Layout;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Tags;

public sealed class TagsController(ContentStore content, IOptions<GuideOptions> options) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "/tags")]
    public IActionResult Index() => View(new TagListPage(content.Current.Tags));

    [AcceptVerbs("GET", "HEAD", Route = "/tags/{tag}")]
    [AcceptVerbs("GET", "HEAD", Route = "/tags/{tag}/page/{page:int:min(2)}")]
    public IActionResult Show(string tag, int page = 1)
    {
        if (content.Current.FindTag(tag) is not { } group
            || Pagination.Slice(group.Guides, page, options.Value.PageSize, "/tags/" + group.Tag.Slug) is not var (guides, pagination))
        {
            return NotFound();
        }

        var title = page == 1 ? $"Guides tagged {group.Tag.Name}" : $"Guides tagged {group.Tag.Name}, page {page} of {pagination.PageCount}";
        return View("~/Views/Guides/Index.cshtml", new GuideListPage(
            new PageMeta(title, $"Decision guides about {group.Tag.Name}.") { Path = pagination.PathOf(page) },
            $"Guides tagged “{group.Tag.Name}”",
            guides)
        {
            Pagination = pagination,
        });
    }
}
