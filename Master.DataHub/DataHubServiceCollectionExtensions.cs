using Master.DataHub;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers what every DataHub backend needs; a backend is then chosen on the returned builder.</summary>
public static class DataHubServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="DataHubOptions"/> (validated at start-up), <see cref="TimeProvider.System"/> unless a time
    /// provider is registered already, and a hosted service that starts the hub with the host and stops it when the host
    /// begins to stop. Configure the options with <c>services.Configure&lt;DataHubOptions&gt;</c>.
    /// </summary>
    public static IDataHubBuilder AddDataHub(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptionsWithValidateOnStart<DataHubOptions, DataHubOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, DataHubHostedService>());
        return new DataHubBuilder(services);
    }
}
