namespace Master.DataHub.Snapshots;

/// <summary>The status of a namespace.</summary>
public sealed class NamespaceStatus
{
    /// <summary>Active or Terminating.</summary>
    public string Phase { get; set; } = string.Empty;
}
