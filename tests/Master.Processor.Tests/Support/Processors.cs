using System.Diagnostics.Metrics;
using Master.DataHub.Snapshots;
using Master.Processor.Diagnostics;
using Master.Processor.Processing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Master.Processor.Tests.Support;

/// <summary>A processor with no log output, for tests about what it writes into the snapshot.</summary>
internal static class Processors
{
    private static readonly ServiceProvider Metrics = new ServiceCollection().AddMetrics().BuildServiceProvider();

    public static SnapshotProcessor Create() => new(new WarningLog(
        NullLogger<WarningLog>.Instance, TimeProvider.System, new ProcessorMetrics(Metrics.GetRequiredService<IMeterFactory>())));

    /// <summary>Processes <paramref name="snapshot"/> as cluster <c>c1</c> and returns the warnings.</summary>
    public static IReadOnlyList<ProcessorWarning> Process(ClusterSnapshot snapshot, string clusterId = "c1") =>
        Create().Process(snapshot, clusterId);
}
