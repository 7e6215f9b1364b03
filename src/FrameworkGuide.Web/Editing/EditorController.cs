using FrameworkGuide.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkGuide.Web.Editing;

/// <summary>The editors' status page, in Development only: every file and how it loaded.</summary>
public sealed class EditorController(ContentStore content, IHostEnvironment environment, ContentFolder folder) : Controller
{
    [AcceptVerbs("GET", "HEAD", Route = "/_editor")]
    public IActionResult Index() =>
        environment.IsDevelopment()
            ? View(new EditorStatusPage(content.Current, folder))
            : NotFound();
}
