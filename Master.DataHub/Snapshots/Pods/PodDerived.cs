namespace Master.DataHub.Snapshots;

/// <summary>
/// Values Master derives for a pod (query-dsl.md "Resource kinds and fields"); the Processor computes and fills them,
/// they are never taken from the agent.
/// </summary>
public sealed class PodDerived
{
    /// <summary>
    /// The status as kubectl prints it: the state reason of the first app container that is waiting or terminated with
    /// a reason (CrashLoopBackOff, ImagePullBackOff, Completed, OOMKilled, ...), otherwise the phase.
    /// </summary>
    public string Status { get; set; } = string.Empty;

    /// <summary>True when every app container is ready and there is at least one.</summary>
    public bool Ready { get; set; }

    /// <summary>Number of ready app containers.</summary>
    public int ReadyContainers { get; set; }

    /// <summary>Number of app containers (init containers excluded).</summary>
    public int TotalContainers { get; set; }

    /// <summary>Sum of the app containers' restart counts.</summary>
    public int Restarts { get; set; }

    /// <summary>Sum of the app containers' CPU requests in millicores; null when no container requests CPU.</summary>
    public double? CpuRequest { get; set; }

    /// <summary>Sum of the app containers' CPU limits in millicores; null when no container has a CPU limit.</summary>
    public double? CpuLimit { get; set; }

    /// <summary>Sum of the app containers' memory requests in bytes; null when no container requests memory.</summary>
    public double? MemoryRequest { get; set; }

    /// <summary>Sum of the app containers' memory limits in bytes; null when no container has a memory limit.</summary>
    public double? MemoryLimit { get; set; }

    /// <summary>The distinct images of the app containers, in container order; empty when none.</summary>
    public List<string> Images { get; set => field = value ?? []; } = [];

    /// <summary>The last termination reason of the first container that has one (OOMKilled, Error, ...); null when none.</summary>
    public string? LastTerminationReason { get; set; }

    /// <summary>The Deployment owning the pod through its ReplicaSet; null when the pod has no such owner.</summary>
    public string? Deployment { get; set; }
}
