namespace Master.DataHub.Snapshots;

/// <summary>A ConfigMap (agent-protocol.md §4.3.12); values are never sent.</summary>
public sealed class ConfigMap : CommonMeta
{
    /// <summary>The keys of its data; empty when none.</summary>
    public List<string> DataKeys { get; set => field = value ?? []; } = [];
}
