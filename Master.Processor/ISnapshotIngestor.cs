namespace Master.Processor;

/// <summary>
/// The write path of a snapshot: skip it when its bytes hash the same as the cluster's current one, otherwise decode,
/// validate, normalise, derive and store it in DataHub, and record the agent contact either way.
/// </summary>
public interface ISnapshotIngestor
{
    /// <summary>Ingests one decompressed snapshot body.</summary>
    ValueTask<IngestOutcome> IngestAsync(SnapshotSubmission submission, CancellationToken cancellationToken = default);
}
