namespace Master.DataHub.Snapshots;

/// <summary>One endpoint of a Service.</summary>
public sealed class BackendEndpoint
{
    /// <summary>The endpoint address.</summary>
    public string Address { get; set; } = string.Empty;

    /// <summary>True when ready.</summary>
    public bool Ready { get; set; }

    /// <summary>The node of the endpoint.</summary>
    public string NodeName { get; set; } = string.Empty;

    /// <summary>The zone of the endpoint.</summary>
    public string Zone { get; set; } = string.Empty;

    /// <summary>The object behind the endpoint; null when none.</summary>
    public ResourceRef? TargetRef { get; set; }
}
