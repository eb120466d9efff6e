namespace Master.DataHub.Snapshots;

/// <summary>
/// Values Master derives for a Deployment, StatefulSet or DaemonSet; the Processor computes and fills them, they are
/// never taken from the agent.
/// </summary>
public sealed class WorkloadDerived
{
    /// <summary>The distinct images of the pod template's containers, in container order; empty when none.</summary>
    public List<string> Images { get; set => field = value ?? []; } = [];
}
