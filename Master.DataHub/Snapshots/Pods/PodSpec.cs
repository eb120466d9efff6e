namespace Master.DataHub.Snapshots;

/// <summary>The scheduling-relevant part of a pod spec.</summary>
public sealed class PodSpec
{
    /// <summary>Always, OnFailure or Never.</summary>
    public string RestartPolicy { get; set; } = string.Empty;

    /// <summary>The service account.</summary>
    public string ServiceAccountName { get; set; } = string.Empty;

    /// <summary>Node labels the pod requires; empty when none.</summary>
    public Dictionary<string, string> NodeSelector { get; set => field = value ?? []; } = [];

    /// <summary>The pod's tolerations; empty when none.</summary>
    public List<Toleration> Tolerations { get; set => field = value ?? []; } = [];

    /// <summary>Which affinities are set; null when none.</summary>
    public Affinity? Affinity { get; set; }

    /// <summary>The DNS policy.</summary>
    public string DnsPolicy { get; set; } = string.Empty;

    /// <summary>True when the pod uses the host network.</summary>
    public bool HostNetwork { get; set; }

    /// <summary>The runtime class.</summary>
    public string RuntimeClassName { get; set; } = string.Empty;

    /// <summary>The priority class.</summary>
    public string PriorityClassName { get; set; } = string.Empty;

    /// <summary>The termination grace period in seconds.</summary>
    public long TerminationGracePeriodSeconds { get; set; }

    /// <summary>Names of the image pull secrets; empty when none.</summary>
    public List<string> ImagePullSecrets { get; set => field = value ?? []; } = [];
}
