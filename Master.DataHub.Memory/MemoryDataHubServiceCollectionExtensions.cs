using Master.DataHub;
using Master.DataHub.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the in-process DataHub.</summary>
public static class MemoryDataHubServiceCollectionExtensions
{
    /// <summary>
    /// Registers the memory hub as the <see cref="IDataHub"/> singleton (unless one is registered already) and a hosted
    /// service that starts it with the host and stops it when the host begins to stop.
    /// </summary>
    public static IDataHubBuilder AddMemoryDataHub(this IDataHubBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.TryAddSingleton<IDataHub, MemoryDataHub>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, MemoryDataHubHostedService>());
        return builder;
    }
}
