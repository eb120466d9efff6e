using Master.Fleet;
using Master.Fleet.Agents;
using Master.Fleet.Commands;
using Master.Fleet.Events;
using Master.Fleet.Registry;
using Master.Query;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the fleet bookkeeping that joins the live state and the relational store.</summary>
public static class FleetServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="FleetOptions"/> (section <c>Master:Fleet</c>, validated at start), the cluster registry as the
    /// read side's <see cref="IClusterDirectory"/> and as <see cref="IClusterRegistry"/>, and the background jobs:
    /// agent-record persistence, stale-agent cleanup, event persistence, event retention, and the command history (with
    /// <see cref="ICommandService"/>, which needs the read side's <c>IClusterReadService</c>). Call it after
    /// <c>AddMasterDatabase()</c>: the schema is migrated before the registry loads.
    /// </summary>
    public static IServiceCollection AddMasterFleet(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);

        services.AddOptionsWithValidateOnStart<FleetOptions, FleetOptionsValidator>().BindConfiguration(FleetOptions.SectionName);
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<FleetMetrics>();
        services.TryAddSingleton<RegistryDirectory>();
        services.RemoveAll<IClusterDirectory>(); // The registry replaces the read side's registry-less default.
        services.AddSingleton<IClusterDirectory>(provider => provider.GetRequiredService<RegistryDirectory>());
        services.TryAddSingleton<ClusterRegistry>();
        services.TryAddSingleton<IClusterRegistry>(provider => provider.GetRequiredService<ClusterRegistry>());
        services.TryAddSingleton<AgentRecordWriter>();
        services.TryAddSingleton<EventPersister>();
        services.TryAddSingleton<CommandHistoryWriter>();
        services.TryAddSingleton<CommandIds>();
        services.TryAddSingleton<ICommandService, CommandService>();
        services.AddHostedService<AgentRegistryService>();
        services.AddHostedService<CommandHistoryService>();
        services.AddHostedService<StaleAgentCleanupService>();
        services.AddHostedService<EventPersistenceService>();
        services.AddHostedService<EventRetentionService>();
        return services;
    }
}
