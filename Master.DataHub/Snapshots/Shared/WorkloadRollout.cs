namespace Master.DataHub.Snapshots;

/// <summary>The agent's rollout verdict for a StatefulSet or DaemonSet.</summary>
public sealed class WorkloadRollout
{
    /// <summary>The rollout phase.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>Explanation of the phase.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>Short status badges; empty when none.</summary>
    public List<string> Badges { get; set => field = value ?? []; } = [];
}
