namespace Master.DataHub.Snapshots;

/// <summary>A Secret (agent-protocol.md §4.3.13); values are never sent.</summary>
public sealed class Secret : CommonMeta
{
    /// <summary>The secret type (Opaque, kubernetes.io/tls, ...).</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The keys of its data; empty when none.</summary>
    public List<string> DataKeys { get; set => field = value ?? []; } = [];
}
