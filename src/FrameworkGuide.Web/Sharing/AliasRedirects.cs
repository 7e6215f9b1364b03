using FrameworkGuide.Web.Content;

namespace FrameworkGuide.Web.Sharing;

/// <summary>
/// Old addresses keep working: a path listed in a guide's <c>aliases</c> answers with a
/// permanent redirect to the guide, whatever route it would otherwise have matched.
/// </summary>
public static class AliasRedirects
{
    public static IApplicationBuilder UseAliasRedirects(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var aliases = context.RequestServices.GetRequiredService<ContentStore>().Current.Aliases;
            if (aliases.Count > 0
                && context.Request.Path.Value is { } path
                && aliases.TryGetValue(path, out var slug)
                && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
                context.Response.Headers.Location = "/guides/" + slug;
                return Task.CompletedTask;
            }

            return next(context);
        });
}
