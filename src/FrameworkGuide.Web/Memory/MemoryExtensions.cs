namespace FrameworkGuide.Web.Memory;

public static class MemoryExtensions
{
    /// <summary>Gives the GC's free memory back to the system when the site goes idle after a burst of work.</summary>
    public static IServiceCollection AddIdleMemoryTrim(this IServiceCollection services)
    {
        services.AddOptions<MemoryOptions>().BindConfiguration(MemoryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IManagedHeap, RuntimeHeap>();
        services.AddHostedService<IdleMemoryTrimmer>();
        return services;
    }
}
