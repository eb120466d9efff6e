using System.Diagnostics.Metrics;

namespace Master.Processor.Diagnostics;

/// <summary>The Processor's instruments, on the meter <c>Master.Processor</c>.</summary>
internal sealed class ProcessorMetrics
{
    public const string MeterName = "Master.Processor";

    private readonly Counter<long> _warnings;
    private readonly Counter<long> _ingested;
    private readonly Counter<long> _bytes;

    public ProcessorMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _warnings = meter.CreateCounter<long>(
            "master_processor_warnings", "{warning}", "Snapshot values that could not be read, by reason.");
        _ingested = meter.CreateCounter<long>(
            "master_snapshots_ingested", "{snapshot}", "Snapshots received, by outcome (stored, unchanged, rejected).");
        _bytes = meter.CreateCounter<long>(
            "master_snapshot_bytes", "By", "Decompressed bytes of the snapshots stored or found unchanged.");
    }

    public void Warning(string reason) => _warnings.Add(1, new KeyValuePair<string, object?>("reason", reason));

    public void Ingested(string outcome) => _ingested.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void SnapshotBytes(int bytes) => _bytes.Add(bytes);
}
