namespace Master.Testing.Snapshots;

/// <summary>What a fixture node must decode and derive to; quantities are in millicores and bytes.</summary>
/// <param name="Name">The node name.</param>
/// <param name="Status">Ready, NotReady or Unknown, with ",SchedulingDisabled" when cordoned.</param>
/// <param name="Ready">True when the Ready condition is True.</param>
/// <param name="Unschedulable">True when cordoned.</param>
/// <param name="PodCount">Pods of the fixture scheduled on the node.</param>
/// <param name="CpuAllocatable">Allocatable CPU in millicores.</param>
/// <param name="MemoryAllocatable">Allocatable memory in bytes.</param>
/// <param name="CpuUsed">CPU in use in millicores; null without metrics.</param>
/// <param name="MemoryUsed">Memory in use in bytes; null without metrics.</param>
public sealed record ExpectedNode(
    string Name,
    string Status,
    bool Ready,
    bool Unschedulable,
    int PodCount,
    double CpuAllocatable,
    double MemoryAllocatable,
    double? CpuUsed,
    double? MemoryUsed);
