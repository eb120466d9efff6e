namespace Master.DataHub.Snapshots;

/// <summary>The update strategy of a Deployment.</summary>
public sealed class DeploymentStrategy
{
    /// <summary>RollingUpdate or Recreate.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>Rolling update parameters; null when absent.</summary>
    public RollingUpdateStrategy? RollingUpdate { get; set; }
}
