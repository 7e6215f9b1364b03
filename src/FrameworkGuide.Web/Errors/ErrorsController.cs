using FrameworkGuide.Web.Content;
using Microsoft.AspNetCore.Mvc;

namespace FrameworkGuide.Web.Errors;

public sealed class ErrorsController(ContentStore content) : Controller
{
    /// <summary>Reached by requests no route matched: pages are read with GET and HEAD only (405), anything else is not found.</summary>
    public IActionResult Fallback()
    {
        if (HttpMethods.IsGet(Request.Method) || HttpMethods.IsHead(Request.Method))
        {
            return NotFound();
        }

        Response.Headers.Allow = "GET, HEAD";
        return StatusCode(StatusCodes.Status405MethodNotAllowed);
    }

    /// <summary>The page for an error status, re-executed by the status code pages and the exception handler.</summary>
    [Route("/error/{code:int:range(400,599)}")]
    public IActionResult Status(int code)
    {
        Response.StatusCode = code;
        return code == StatusCodes.Status404NotFound
            ? View("NotFound", NotFoundPage.Of(content.Current.Guides))
            : View("Error", new ErrorPage(code, HttpContext.TraceIdentifier));
    }
}
