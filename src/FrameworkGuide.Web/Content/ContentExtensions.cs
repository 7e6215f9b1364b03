using FrameworkGuide.Content.Loading;
using FrameworkGuide.Content.Parsing;
using FrameworkGuide.Web.Editing;
using Microsoft.Extensions.Options;

namespace FrameworkGuide.Web.Content;

public static class ContentExtensions
{
    /// <summary>Registers the parser, the loader and the store of the site's guides.</summary>
    public static WebApplicationBuilder AddContent(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<GuideOptions>()
            .BindConfiguration(GuideOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<GuideMarkdown>();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services => new ContentRules(
            services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<IOptions<GuideOptions>>().Value.StaleAfterDays));
        builder.Services.AddSingleton<GuideParser>();
        builder.Services.AddSingleton(services => new ContentFileReader(
            services.GetRequiredService<GuideParser>(),
            services.GetRequiredService<IOptions<GuideOptions>>().Value.MaxFileBytes));
        builder.Services.AddSingleton<ContentFolder>();
        builder.Services.AddSingleton<ContentStore>();
        builder.Services.AddSingleton(services =>
        {
            var root = services.GetRequiredService<ContentFolder>().FullPath;
            return new ContentLibrary(
                services.GetRequiredService<ContentFileReader>(),
                root,
                services.GetRequiredService<TimeProvider>(),
                services.GetRequiredService<IOptions<GuideOptions>>().Value.OpenParseCache(builder.Environment.ContentRootPath, root));
        });
        builder.Services.AddSingleton<ContentEvents>();
        builder.Services.AddSingleton<EditLinks>();
        builder.Services.AddSingleton<FrameworkGuide.Web.Sharing.SiteUrls>();
        builder.Services.AddSingleton<IContentChangeSource, FileSystemChangeSource>();
        builder.Services.AddHostedService<ContentReloader>();
        return builder;
    }
}
