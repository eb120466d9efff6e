using System.Text.Json;
using System.Text.Json.Serialization;

namespace Master.DataHub.Snapshots;

/// <summary>
/// The optional observability block (agent-protocol.md §4.3.21): the 14 top-level scalars typed, everything else kept
/// as opaque JSON in <see cref="Extra"/> and never type-checked.
/// </summary>
public sealed class OTelSnapshot
{
    /// <summary>APM: services seen.</summary>
    public int TotalServices { get; set; }

    /// <summary>APM: services considered healthy.</summary>
    public int HealthyServices { get; set; }

    /// <summary>APM: requests per second over all services.</summary>
    public double TotalRps { get; set; }

    /// <summary>APM: average success rate as a ratio (0-1).</summary>
    public double AvgSuccessRate { get; set; }

    /// <summary>APM: average p99 latency in milliseconds.</summary>
    public double AvgP99Ms { get; set; }

    /// <summary>SLO: ingress services measured.</summary>
    public int IngressServices { get; set; }

    /// <summary>SLO: average requests per second of the ingress services.</summary>
    public double IngressAvgRps { get; set; }

    /// <summary>SLO: mesh services measured.</summary>
    public int MeshServices { get; set; }

    /// <summary>SLO: average mTLS coverage of the mesh services.</summary>
    public double MeshAvgMtls { get; set; }

    /// <summary>Infrastructure: nodes with metrics.</summary>
    public int MonitoredNodes { get; set; }

    /// <summary>Infrastructure: average CPU use in percent (0-100).</summary>
    public double AvgCpuPct { get; set; }

    /// <summary>Infrastructure: average memory use in percent (0-100).</summary>
    public double AvgMemPct { get; set; }

    /// <summary>Infrastructure: highest CPU use of a node in percent (0-100).</summary>
    public double MaxCpuPct { get; set; }

    /// <summary>Infrastructure: highest memory use of a node in percent (0-100).</summary>
    public double MaxMemPct { get; set; }

    /// <summary>Every other member (metricsSummary, apmServices, sloWindows, ...) as the agent sent it; empty when none.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement> Extra { get; set => field = value ?? []; } = [];
}
