namespace Master.DataHub.Snapshots;

/// <summary>Endpoint counts of a Service.</summary>
public sealed class BackendSummary
{
    /// <summary>Ready endpoints.</summary>
    public int Ready { get; set; }

    /// <summary>Endpoints not ready.</summary>
    public int NotReady { get; set; }

    /// <summary>All endpoints.</summary>
    public int Total { get; set; }

    /// <summary>EndpointSlices.</summary>
    public int Slices { get; set; }

    /// <summary>When the endpoints were last updated, in UTC.</summary>
    public Timestamp Updated { get; set; }
}
