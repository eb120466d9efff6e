using Master.DataHub;
using Master.DataHub.Redis;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the DataHub on Redis, shared by every Master instance that points at the same server and prefix.</summary>
public static class RedisDataHubServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Redis hub as the <see cref="IDataHub"/> singleton (unless one is registered already), its options
    /// from <see cref="RedisDataHubOptions.SectionName"/>, validated at start-up; <c>AddDataHub()</c> connects and starts
    /// it with the host and stops it when the host begins to stop.
    /// </summary>
    public static IDataHubBuilder AddRedisDataHub(this IDataHubBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.AddOptionsWithValidateOnStart<RedisDataHubOptions, RedisDataHubOptionsValidator>()
            .BindConfiguration(RedisDataHubOptions.SectionName);
        builder.Services.TryAddSingleton<IDataHub, RedisDataHub>();
        return builder;
    }
}
