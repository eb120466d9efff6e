using Master.DataHub;

namespace Master.Processor;

/// <summary>What happened to a submitted snapshot. Closed set: switch on the subtypes.</summary>
public abstract record IngestOutcome
{
    private IngestOutcome()
    {
    }

    /// <summary>Decoded and stored as a new version.</summary>
    /// <param name="Snapshot">What the hub now holds.</param>
    /// <param name="Warnings">Malformed fields that were stored as unknown.</param>
    public sealed record Stored(StoredSnapshot Snapshot, IReadOnlyList<ProcessorWarning> Warnings) : IngestOutcome;

    /// <summary>The bytes hash the same as the cluster's current snapshot: acknowledged without decoding.</summary>
    /// <param name="ClusterId">The cluster.</param>
    public sealed record Unchanged(string ClusterId) : IngestOutcome;

    /// <summary>Refused; <paramref name="Code"/> is the protocol's error code (<c>invalid_json</c>, <c>cluster_id_required</c>, ...).</summary>
    /// <param name="Code">The snake_case error code.</param>
    /// <param name="Message">A sentence saying what was wrong and where.</param>
    public sealed record Rejected(string Code, string Message) : IngestOutcome;
}
