namespace Master.DataHub.Snapshots;

/// <summary>Software versions of a node.</summary>
public sealed class NodeInfo
{
    /// <summary>The OS image.</summary>
    public string OsImage { get; set; } = string.Empty;

    /// <summary>The operating system (linux, windows).</summary>
    public string OperatingSystem { get; set; } = string.Empty;

    /// <summary>The CPU architecture (amd64, arm64).</summary>
    public string Architecture { get; set; } = string.Empty;

    /// <summary>The kernel version.</summary>
    public string KernelVersion { get; set; } = string.Empty;

    /// <summary>The container runtime and its version.</summary>
    public string ContainerRuntimeVersion { get; set; } = string.Empty;

    /// <summary>The kubelet version.</summary>
    public string KubeletVersion { get; set; } = string.Empty;

    /// <summary>The kube-proxy version.</summary>
    public string KubeProxyVersion { get; set; } = string.Empty;
}
