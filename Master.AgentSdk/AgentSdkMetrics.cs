using System.Diagnostics.Metrics;

namespace Master.AgentSdk;

/// <summary>The agent channel's instruments, on the meter <c>Master.AgentSdk</c>.</summary>
internal sealed class AgentSdkMetrics
{
    /// <summary>The meter name.</summary>
    public const string MeterName = "Master.AgentSdk";

    private readonly Counter<long> _requests;
    private readonly UpDownCounter<long> _pollsParked;

    /// <summary>Creates the instruments from the host's meter factory.</summary>
    public AgentSdkMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("master_agent_requests", description: "Agent channel requests by endpoint and status.");
        _pollsParked = meter.CreateUpDownCounter<long>("master_agent_polls_parked", description: "Command polls held right now.");
    }

    /// <summary>Counts one finished request.</summary>
    public void RequestFinished(string endpoint, string status) =>
        _requests.Add(1, new KeyValuePair<string, object?>("endpoint", endpoint), new KeyValuePair<string, object?>("status", status));

    /// <summary>A poll started holding (+1) or stopped (-1).</summary>
    public void PollParked(int delta) => _pollsParked.Add(delta);
}
