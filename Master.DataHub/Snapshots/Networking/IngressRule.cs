namespace Master.DataHub.Snapshots;

/// <summary>A host rule of an Ingress.</summary>
public sealed class IngressRule
{
    /// <summary>The host; empty for every host.</summary>
    public string Host { get; set; } = string.Empty;

    /// <summary>The paths; empty when none.</summary>
    public List<IngressPath> Paths { get; set => field = value ?? []; } = [];
}
