namespace Master.Fleet.Registry;

/// <summary>Operators' changes to the cluster registry: metadata edits and forgetting a cluster.</summary>
public interface IClusterRegistry
{
    /// <summary>
    /// Applies <paramref name="change"/> to the cluster with <paramref name="clusterId"/>, registering it first when it is
    /// live but not recorded yet. <see cref="ClusterChangeOutcome.NotFound"/> when neither the hub nor the registry knows
    /// it, <see cref="ClusterChangeOutcome.NameTaken"/> when another cluster has the new name or the new name is another
    /// cluster's id.
    /// </summary>
    Task<ClusterChangeOutcome> ChangeAsync(string clusterId, ClusterChange change, CancellationToken cancellationToken = default);

    /// <summary>
    /// Forgets a cluster: its live state leaves the hub (queued commands expire) and its registry row and agent record
    /// are deleted; its history (events, commands, audit) stays. False when neither knew it. An agent that reports again
    /// registers anew.
    /// </summary>
    Task<bool> ForgetAsync(string clusterId, CancellationToken cancellationToken = default);
}
