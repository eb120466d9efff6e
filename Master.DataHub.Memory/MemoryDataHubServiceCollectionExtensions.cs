using Master.DataHub;
using Master.DataHub.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the in-process DataHub.</summary>
public static class MemoryDataHubServiceCollectionExtensions
{
    /// <summary>
    /// Registers the memory hub as the <see cref="IDataHub"/> singleton unless one is registered already;
    /// <c>AddDataHub()</c> starts and stops it with the host.
    /// </summary>
    public static IDataHubBuilder AddMemoryDataHub(this IDataHubBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);

        builder.Services.TryAddSingleton<IDataHub, MemoryDataHub>();
        return builder;
    }
}
