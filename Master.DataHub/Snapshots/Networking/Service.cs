namespace Master.DataHub.Snapshots;

/// <summary>A Service (agent-protocol.md §4.3.9).</summary>
public sealed class Service
{
    /// <summary>Name, type, ports count and age.</summary>
    public ServiceSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>The service spec.</summary>
    public ServiceSpec Spec { get; set => field = value ?? new(); } = new();

    /// <summary>The service ports; empty when none.</summary>
    public List<ServicePort> Ports { get; set => field = value ?? []; } = [];

    /// <summary>The pod selector; empty when none.</summary>
    public Dictionary<string, string> Selector { get; set => field = value ?? []; } = [];

    /// <summary>Cluster and external addresses.</summary>
    public ServiceNetwork Network { get; set => field = value ?? new(); } = new();

    /// <summary>Endpoints behind the service; declared, never filled by the current agent.</summary>
    public ServiceBackends? Backends { get; set; }

    /// <summary>The service's labels; empty when none.</summary>
    public Dictionary<string, string> Labels { get; set => field = value ?? []; } = [];

    /// <summary>The service's annotations; empty when none.</summary>
    public Dictionary<string, string> Annotations { get; set => field = value ?? []; } = [];
}
