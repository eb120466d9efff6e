namespace Master.DataHub.Snapshots;

/// <summary>The observed state of a pod.</summary>
public sealed class PodStatus
{
    /// <summary>Pending, Running, Succeeded, Failed or Unknown.</summary>
    public string Phase { get; set; } = string.Empty;

    /// <summary>Ready over total containers as the agent wrote it, e.g. "1/2".</summary>
    public string Ready { get; set; } = string.Empty;

    /// <summary>Sum of the containers' restart counts.</summary>
    public int Restarts { get; set; }

    /// <summary>Guaranteed, Burstable or BestEffort.</summary>
    public string QosClass { get; set; } = string.Empty;

    /// <summary>The pod IP.</summary>
    public string PodIP { get; set; } = string.Empty;

    /// <summary>All pod IPs; empty when none.</summary>
    public List<string> PodIPs { get; set => field = value ?? []; } = [];

    /// <summary>The IP of the node.</summary>
    public string HostIP { get; set; } = string.Empty;

    /// <summary>The agent's reason (the Ready condition's reason).</summary>
    public string Reason { get; set; } = string.Empty;

    /// <summary>The agent's message.</summary>
    public string Message { get; set; } = string.Empty;

    /// <summary>The pod conditions; empty when none.</summary>
    public List<PodCondition> Conditions { get; set => field = value ?? []; } = [];

    /// <summary>CPU usage from metrics-server (millicores once normalised); empty without metrics-server.</summary>
    public Quantity CpuUsage { get; set; }

    /// <summary>Memory usage from metrics-server (bytes once normalised); empty without metrics-server.</summary>
    public Quantity MemoryUsage { get; set; }
}
