namespace Master.DataHub.Snapshots;

/// <summary>A container probe.</summary>
public sealed class Probe
{
    /// <summary>httpGet, tcpSocket, exec or empty.</summary>
    public string Type { get; set; } = string.Empty;

    /// <summary>The HTTP path of an httpGet probe.</summary>
    public string Path { get; set; } = string.Empty;

    /// <summary>The port number; 0 for a named port.</summary>
    public int Port { get; set; }

    /// <summary>The exec command joined by spaces.</summary>
    public string Command { get; set; } = string.Empty;

    /// <summary>Seconds before the first probe.</summary>
    public int InitialDelaySeconds { get; set; }

    /// <summary>Seconds between probes.</summary>
    public int PeriodSeconds { get; set; }

    /// <summary>Seconds before a probe times out.</summary>
    public int TimeoutSeconds { get; set; }

    /// <summary>Consecutive successes to count as healthy.</summary>
    public int SuccessThreshold { get; set; }

    /// <summary>Consecutive failures to count as unhealthy.</summary>
    public int FailureThreshold { get; set; }
}
