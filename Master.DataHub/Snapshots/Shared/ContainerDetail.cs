namespace Master.DataHub.Snapshots;

/// <summary>A container of a pod template.</summary>
public sealed class ContainerDetail
{
    /// <summary>The container name.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The image reference.</summary>
    public string Image { get; set; } = string.Empty;

    /// <summary>Always, IfNotPresent or Never.</summary>
    public string ImagePullPolicy { get; set; } = string.Empty;

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

    /// <summary>The entrypoint; empty when none.</summary>
    public List<string> Command { get; set => field = value ?? []; } = [];

    /// <summary>The arguments; empty when none.</summary>
    public List<string> Args { get; set => field = value ?? []; } = [];

    /// <summary>The working directory.</summary>
    public string WorkingDir { get; set; } = string.Empty;
}
