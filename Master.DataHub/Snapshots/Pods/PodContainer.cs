namespace Master.DataHub.Snapshots;

/// <summary>A container of a pod: its spec plus its runtime state.</summary>
public sealed class PodContainer
{
    /// <summary>The container name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The running image when the container status exists, else the spec image.</summary>
    public string Image { get; set; } = string.Empty;

    /// <summary>Always, IfNotPresent or Never.</summary>
    public string ImagePullPolicy { get; set; } = string.Empty;

    /// <summary>The entrypoint; empty when none.</summary>
    public List<string> Command { get; set => field = value ?? []; } = [];

    /// <summary>The arguments; empty when none.</summary>
    public List<string> Args { get; set => field = value ?? []; } = [];

    /// <summary>The working directory.</summary>
    public string WorkingDir { get; set; } = string.Empty;

    /// <summary>Declared ports; empty when none.</summary>
    public List<ContainerPort> Ports { get; set => field = value ?? []; } = [];

    /// <summary>Environment variables; values behind references are never sent; empty when none.</summary>
    public List<EnvVar> Envs { get; set => field = value ?? []; } = [];

    /// <summary>Volume mounts; empty when none.</summary>
    public List<VolumeMount> VolumeMounts { get; set => field = value ?? []; } = [];

    /// <summary>Resource requests by resource name (cpu, memory, ...); empty when none.</summary>
    public Dictionary<string, Quantity> Requests { get; set => field = value ?? []; } = [];

    /// <summary>Resource limits by resource name (cpu, memory, ...); empty when none.</summary>
    public Dictionary<string, Quantity> Limits { get; set => field = value ?? []; } = [];

    /// <summary>The liveness probe; null when none.</summary>
    public Probe? LivenessProbe { get; set; }

    /// <summary>The readiness probe; null when none.</summary>
    public Probe? ReadinessProbe { get; set; }

    /// <summary>The startup probe; null when none.</summary>
    public Probe? StartupProbe { get; set; }

    /// <summary>running, waiting, terminated or empty.</summary>
    public string State { get; set; } = string.Empty;

    /// <summary>Reason of the current state, e.g. CrashLoopBackOff, ImagePullBackOff, Completed, OOMKilled.</summary>
    public string StateReason { get; set; } = string.Empty;

    /// <summary>Message of the current state.</summary>
    public string StateMessage { get; set; } = string.Empty;

    /// <summary>True when the container is ready.</summary>
    public bool Ready { get; set; }

    /// <summary>How often the container restarted.</summary>
    public int RestartCount { get; set; }

    /// <summary>Reason of the last termination, e.g. OOMKilled or Error.</summary>
    public string LastTerminationReason { get; set; } = string.Empty;

    /// <summary>Message of the last termination.</summary>
    public string LastTerminationMessage { get; set; } = string.Empty;

    /// <summary>When the container last terminated, in UTC.</summary>
    public Timestamp LastTerminationTime { get; set; }
}
