namespace Master.DataHub.Snapshots;

/// <summary>The pod template of a Deployment, StatefulSet, DaemonSet, Job or CronJob.</summary>
public sealed class PodTemplate
{
    /// <summary>Labels of the template; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>Annotations of the template; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];

    /// <summary>The template's containers; empty when none.</summary>
    public List<ContainerDetail> Containers { get; set => field = value ?? []; } = [];

    /// <summary>The template's volumes; empty when none.</summary>
    public List<VolumeSpec> Volumes { get; set => field = value ?? []; } = [];

    /// <summary>The service account pods run as.</summary>
    public string ServiceAccountName { get; set; } = string.Empty;

    /// <summary>Node labels the pods require; empty when none.</summary>
    public Dictionary<string, string> NodeSelector { get; set => field = value ?? []; } = [];

    /// <summary>The pods' tolerations; empty when none.</summary>
    public List<Toleration> Tolerations { get; set => field = value ?? []; } = [];

    /// <summary>Which affinities are set; null when none.</summary>
    public Affinity? Affinity { get; set; }

    /// <summary>The runtime class.</summary>
    public string RuntimeClassName { get; set; } = string.Empty;

    /// <summary>Names of the image pull secrets; empty when none.</summary>
    public List<string> ImagePullSecrets { get; set => field = value ?? []; } = [];

    /// <summary>True when the pods use the host network.</summary>
    public bool HostNetwork { get; set; }

    /// <summary>The DNS policy.</summary>
    public string DnsPolicy { get; set; } = string.Empty;
}
