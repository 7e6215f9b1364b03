using FrameworkGuide.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkGuide.Web.Errors;

public sealed class ErrorsController(ContentStore content) : Controller
{
    /// <summary>Reached by paths no route matched.</summary>
    public IActionResult Fallback() => NotFound();

    /// <summary>The page for an error status, re-executed by the status code pages and the exception handler.</summary>
    [Route("/error/{code:int:range(400,599)}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return code == StatusCodes.Status404NotFound
            ? View("NotFound", new NotFoundPage(content.Current.Guides))
            : View("Error", new ErrorPage(code, HttpContext.TraceIdentifier));
    }
}
