using Master.Query;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the read side of Master: typed cluster reads and the query DSL.</summary>
public static class QueryServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IClusterReadService"/> and <see cref="IQueryService"/> (settings in <c>Master:Query</c>) over the registered <c>IDataHub</c> and <see cref="IClusterDirectory"/>
    /// (a directory that knows no cluster unless a registry registered one before), and <see cref="TimeProvider.System"/>
    /// unless a time provider is registered already.
    /// </summary>
    public static IServiceCollection AddMasterQuery(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IClusterDirectory, NoClusterDirectory>();
        services.TryAddSingleton<IClusterReadService, ClusterReadService>();
        services.AddOptionsWithValidateOnStart<QueryOptions, QueryOptionsValidator>().BindConfiguration(QueryOptions.SectionName);
        services.TryAddSingleton<IQueryService, QueryService>();
        return services;
    }
}
