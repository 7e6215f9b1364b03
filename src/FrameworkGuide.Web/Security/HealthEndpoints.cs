using FrameworkGuide.Web.Content;
using FrameworkGuide.Web.Search;

namespace FrameworkGuide.Web.Security;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: content is loaded (guide count, last reload, whether search has its first index; no paths).</summary>
public static class HealthEndpoints
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapMethods("/healthz", ["GET", "HEAD"], () => TypedResults.Text("ok"));
        app.MapMethods("/readyz", ["GET", "HEAD"], (ContentStore store, SearchIndexes search) => store.ReplacedAt is { } loadedAt
            ? Results.Json(new { status = "ready", guides = store.Current.Guides.Count, lastReload = loadedAt, search = search.IsReady ? "ready" : "indexing" })
            : Results.Json(new { status = "loading" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return app;
    }
}
