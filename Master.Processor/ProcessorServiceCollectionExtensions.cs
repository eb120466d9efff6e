using Master.Processor;
using Master.Processor.Diagnostics;
using Master.Processor.Ingest;
using Master.Processor.Processing;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the Processor: the snapshot ingest path over the registered <see cref="Master.DataHub.IDataHub"/>.</summary>
public static class ProcessorServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="ISnapshotIngestor"/> and its parts as singletons, with <see cref="TimeProvider.System"/> and the
    /// metrics services unless already registered. A DataHub backend and logging must be registered as well.
    /// </summary>
    public static IServiceCollection AddMasterProcessor(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<ProcessorMetrics>();
        services.TryAddSingleton<WarningLog>();
        services.TryAddSingleton<SnapshotProcessor>();
        services.TryAddSingleton<ISnapshotIngestor, SnapshotIngestor>();
        return services;
    }
}
