using System.IO.Hashing;
using Master.DataHub;
using Master.DataHub.Agents;
using Master.DataHub.Snapshots;
using Master.Processor.Diagnostics;
using Master.Processor.Processing;
using Microsoft.Extensions.Logging;

namespace Master.Processor.Ingest;

/// <summary>
/// The snapshot write path: hash the bytes, skip an unchanged snapshot without decoding it when the cluster is known
/// from the header, otherwise decode, process and store it; record the agent contact for every accepted snapshot.
/// </summary>
internal sealed class SnapshotIngestor : ISnapshotIngestor
{
    private const string InvalidJson = "invalid_json";

    private readonly IDataHub _hub;
    private readonly SnapshotProcessor _processor;
    private readonly ProcessorMetrics _metrics;
    private readonly ILogger<SnapshotIngestor> _logger;

    public SnapshotIngestor(IDataHub hub, SnapshotProcessor processor, ProcessorMetrics metrics, ILogger<SnapshotIngestor> logger)
    {
        _hub = hub;
        _processor = processor;
        _metrics = metrics;
        _logger = logger;
    }

    /// <summary>The content hash of a snapshot body: XxHash128 of the decompressed bytes as 32 lower-case hex digits.</summary>
    public static string Hash(ReadOnlySpan<byte> json)
    {
        Span<byte> hash = stackalloc byte[16];
        XxHash128.Hash(json, hash);
        return Convert.ToHexStringLower(hash);
    }

    public async ValueTask<IngestOutcome> IngestAsync(SnapshotSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var hash = Hash(submission.Json.Span);
        var headerId = string.IsNullOrEmpty(submission.HeaderClusterId) ? null : submission.HeaderClusterId;
        if (headerId is not null && await IsUnchangedAsync(headerId, hash, cancellationToken).ConfigureAwait(false))
        {
            return await AcknowledgeUnchangedAsync(headerId, hash, submission, cancellationToken).ConfigureAwait(false);
        }

        ClusterSnapshot snapshot;
        try
        {
            snapshot = SnapshotJson.Deserialize(submission.Json.Span);
        }
        catch (SnapshotJsonException e)
        {
            return Reject(headerId, InvalidJson, e.Message);
        }

        var clusterId = headerId;
        if (clusterId is null)
        {
            if (ClusterIds.Validate(snapshot.ClusterId, out var bodyId) is { } code)
            {
                return Reject(null, code, code == "cluster_id_required"
                    ? "No X-Cluster-ID header and no clusterId in the snapshot body."
                    : "The snapshot body's clusterId is longer than 256 characters or contains a control character.");
            }

            clusterId = bodyId;

            // Without a header the cluster is known only now; an unchanged body still need not be processed or stored.
            if (await IsUnchangedAsync(clusterId, hash, cancellationToken).ConfigureAwait(false))
            {
                return await AcknowledgeUnchangedAsync(clusterId, hash, submission, cancellationToken).ConfigureAwait(false);
            }
        }

        var warnings = _processor.Process(snapshot, clusterId);
        var stored = await _hub.SetSnapshotAsync(clusterId, snapshot, hash, cancellationToken).ConfigureAwait(false);
        await _hub.RecordContactAsync(clusterId, AgentContact.Snapshot, submission.Report, cancellationToken).ConfigureAwait(false);
        _metrics.Ingested("stored");
        _metrics.SnapshotBytes(submission.Json.Length);
        _logger.SnapshotStored(clusterId, stored.Version, submission.Json.Length, warnings.Count);
        return new IngestOutcome.Stored(stored, warnings);
    }

    private async ValueTask<bool> IsUnchangedAsync(string clusterId, string hash, CancellationToken cancellationToken) =>
        await _hub.GetSnapshotHashAsync(clusterId, cancellationToken).ConfigureAwait(false) == hash;

    private async ValueTask<IngestOutcome> AcknowledgeUnchangedAsync(
        string clusterId, string hash, SnapshotSubmission submission, CancellationToken cancellationToken)
    {
        await _hub.RecordContactAsync(clusterId, AgentContact.Snapshot, submission.Report, cancellationToken).ConfigureAwait(false);
        _metrics.Ingested("unchanged");
        _metrics.SnapshotBytes(submission.Json.Length);
        _logger.SnapshotUnchanged(clusterId, submission.Json.Length, hash);
        return new IngestOutcome.Unchanged(clusterId);
    }

    private IngestOutcome.Rejected Reject(string? clusterId, string code, string message)
    {
        _metrics.Ingested("rejected");
        _logger.SnapshotRejected(clusterId, code, message);
        return new IngestOutcome.Rejected(code, message);
    }
}
