using FrameworkGuide.Web.Layout;

namespace FrameworkGuide.Web.Errors;

/// <param name="RequestId">Shown to the reader and written in the log, so one can be found from the other.</param>
public sealed record ErrorPage(int StatusCode, string RequestId) : IPageModel
{
    public PageMeta Meta => new("Something went wrong", null);
}
