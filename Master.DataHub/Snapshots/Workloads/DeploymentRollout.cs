namespace Master.DataHub.Snapshots;

/// <summary>The agent's rollout verdict for a Deployment.</summary>
public sealed class DeploymentRollout
{
    /// <summary>Available, Progressing, Failed or Unknown.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>Explanation of the phase.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>Available, Progressing, Failed, ReplicaFailure, Paused; empty when none.</summary>
    public List<string> Badges { get; set => field = value ?? []; } = [];
}
