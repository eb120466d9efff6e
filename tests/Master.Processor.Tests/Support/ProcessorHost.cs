using System.Diagnostics.Metrics;
using Master.DataHub;
using Master.Processor.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;

namespace Master.Processor.Tests.Support;

/// <summary>
/// The Processor as the host wires it (<c>AddMasterProcessor</c>) over the real memory hub, with a fake clock, fake
/// logging and collectors on the Processor's instruments.
/// </summary>
internal sealed class ProcessorHost : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ProcessorHost(ServiceProvider services)
    {
        _services = services;
        var meterFactory = services.GetRequiredService<IMeterFactory>();
        Warnings = new MetricCollector<long>(meterFactory, "Master.Processor", "master_processor_warnings");
        Ingested = new MetricCollector<long>(meterFactory, "Master.Processor", "master_snapshots_ingested");
        Bytes = new MetricCollector<long>(meterFactory, "Master.Processor", "master_snapshot_bytes");
    }

    public FakeTimeProvider Time => _services.GetRequiredService<FakeTimeProvider>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    public IDataHub Hub => _services.GetRequiredService<IDataHub>();

    public ISnapshotIngestor Ingestor => _services.GetRequiredService<ISnapshotIngestor>();

    public SnapshotProcessor Processor => _services.GetRequiredService<SnapshotProcessor>();

    public MetricCollector<long> Warnings { get; }

    public MetricCollector<long> Ingested { get; }

    public MetricCollector<long> Bytes { get; }

    public static async Task<ProcessorHost> StartAsync()
    {
        var services = new ServiceCollection();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero));
        services.AddSingleton(time);
        services.AddSingleton<TimeProvider>(time);
        services.AddFakeLogging();
        services.AddDataHub().AddMemoryDataHub();
        services.AddMasterProcessor();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var host = new ProcessorHost(provider);
        await host.Hub.StartAsync();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        Warnings.Dispose();
        Ingested.Dispose();
        Bytes.Dispose();
        await Hub.StopAsync();
        await _services.DisposeAsync();
    }
}
