namespace FrameworkGuide.Web.Caching;

public static class CachingExtensions
{
    public static IServiceCollection AddPageCache(this IServiceCollection services)
    {
        services.AddOptions<PageCacheOptions>()
            .BindConfiguration(PageCacheOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<PageCache>();
        services.AddSingleton<HttpDate>();
        return services;
    }

    public static IApplicationBuilder UsePageCache(this IApplicationBuilder app) => app.UseMiddleware<PageCacheMiddleware>();
}
