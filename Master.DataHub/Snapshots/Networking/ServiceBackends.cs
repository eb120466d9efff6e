namespace Master.DataHub.Snapshots;

/// <summary>Endpoints behind a Service; declared, never filled by the current agent.</summary>
public sealed class ServiceBackends
{
    /// <summary>Endpoint counts.</summary>
    public BackendSummary Summary { get; set => field = value ?? new(); } = new();

    /// <summary>Endpoint ports; empty when none.</summary>
    public List<EndpointPort> Ports { get; set => field = value ?? []; } = [];

    /// <summary>The endpoints; empty when none.</summary>
    public List<BackendEndpoint> Endpoints { get; set => field = value ?? []; } = [];
}
