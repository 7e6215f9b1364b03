using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Guides;
using FrameworkGuide.Web.Layout;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkGuide.Web.Tags;

public sealed class TagsController(ContentStore content) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "/tags")]
    public IActionResult Index() => View(new TagListPage(content.Current.Tags));

    [AcceptVerbs("GET", "HEAD", Route = "/tags/{tag}")]
    public IActionResult Show(string tag)
    {
        if (content.Current.FindTag(tag) is not { } group)
        {
            return NotFound();
        }

        return View("~/Views/Guides/Index.cshtml", new GuideListPage(
            new PageMeta($"Guides tagged {group.Tag.Name}", $"Decision guides about {group.Tag.Name}.") { Path = "/tags/" + group.Tag.Slug },
            $"Guides tagged “{group.Tag.Name}”",
            group.Guides));
    }
}
