namespace FrameworkGuide.Web.Search;

public static class SearchExtensions
{
    /// <summary>Search across guides: the analyzer, the in-memory index kept in step with the content, and the searcher.</summary>
    public static IServiceCollection AddSearch(this IServiceCollection services)
    {
        services.AddOptions<SearchOptions>().BindConfiguration(SearchOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<GuideAnalyzer>();
        services.AddSingleton<SearchIndexes>();
        services.AddSingleton<SnippetMaker>();
        services.AddSingleton<GuideTermStore>();
        services.AddSingleton<HitMaker>();
        services.AddSingleton<SearchResultCache>();
        services.AddSingleton<GuideSearch>();
        services.AddHostedService<SearchIndexer>();
        return services;
    }
}
