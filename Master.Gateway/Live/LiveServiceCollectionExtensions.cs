using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Master.Gateway.Live;

/// <summary>Registers what <see cref="LiveEndpoints"/> needs; called by <c>AddMasterGateway</c>.</summary>
internal static class LiveServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="LiveOptions"/> (validated at start-up, section <c>Master:Gateway:Live</c>), the metrics, and the
    /// broadcaster that follows the change feed for every client while the host runs. Needs a DataHub and <c>AddMetrics()</c>.
    /// </summary>
    public static IServiceCollection AddLiveUpdates(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptionsWithValidateOnStart<LiveOptions, LiveOptionsValidator>().BindConfiguration(LiveOptions.SectionName);
        services.TryAddSingleton<LiveMetrics>();
        services.TryAddSingleton<LiveFrames>();
        services.TryAddSingleton<LiveBroadcaster>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, LiveBroadcaster>(
            provider => provider.GetRequiredService<LiveBroadcaster>()));
        return services;
    }
}
