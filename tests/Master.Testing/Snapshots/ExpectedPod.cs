namespace Master.Testing.Snapshots;

/// <summary>What a fixture pod must decode and derive to; quantities are in millicores and bytes.</summary>
/// <param name="Namespace">The pod namespace.</param>
/// <param name="Name">The pod name.</param>
/// <param name="Node">The node it runs on; empty while unscheduled.</param>
/// <param name="Phase">The pod phase.</param>
/// <param name="Status">The status as kubectl prints it (query-dsl.md pods.status).</param>
/// <param name="Ready">True when every app container is ready.</param>
/// <param name="ReadyContainers">Ready app containers.</param>
/// <param name="TotalContainers">App containers (init containers excluded).</param>
/// <param name="Restarts">Sum of the app containers' restart counts.</param>
/// <param name="CpuRequest">Sum of CPU requests in millicores; null when no container requests CPU.</param>
/// <param name="CpuLimit">Sum of CPU limits in millicores; null when no container has one.</param>
/// <param name="MemoryRequest">Sum of memory requests in bytes; null when no container requests memory.</param>
/// <param name="MemoryLimit">Sum of memory limits in bytes; null when no container has one.</param>
/// <param name="Images">The distinct app container images, in order.</param>
/// <param name="LastTerminationReason">The first last-termination reason of an app container; null when none.</param>
/// <param name="Deployment">The Deployment owning the pod through its ReplicaSet; null when none.</param>
/// <param name="CpuUsage">CPU usage in millicores; null without metrics.</param>
/// <param name="MemoryUsage">Memory usage in bytes; null without metrics.</param>
public sealed record ExpectedPod(
    string Namespace,
    string Name,
    string Node,
    string Phase,
    string Status,
    bool Ready,
    int ReadyContainers,
    int TotalContainers,
    int Restarts,
    double? CpuRequest,
    double? CpuLimit,
    double? MemoryRequest,
    double? MemoryLimit,
    IReadOnlyList<string> Images,
    string? LastTerminationReason,
    string? Deployment,
    double? CpuUsage,
    double? MemoryUsage);
