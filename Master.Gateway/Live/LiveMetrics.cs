using System.Diagnostics.Metrics;
using Master.Gateway.Metrics;

namespace Master.Gateway.Live;

/// <summary>The instruments of <c>/api/v2/subscribe</c> (meter <c>Master.Gateway</c>).</summary>
internal sealed class LiveMetrics
{
    private readonly UpDownCounter<long> _connections;
    private readonly Counter<long> _sent;
    private readonly Counter<long> _dropped;

    public LiveMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(GatewayMetrics.MeterName);
        _connections = meter.CreateUpDownCounter<long>("master_live_connections", description: "Open live-update WebSockets.");
        _sent = meter.CreateCounter<long>("master_live_messages_sent", description: "Messages sent to live-update clients.");
        _dropped = meter.CreateCounter<long>(
            "master_live_clients_dropped", description: "Live-update clients closed by Master, by reason.");
    }

    public void Opened() => _connections.Add(1);

    public void Closed() => _connections.Add(-1);

    public void Sent() => _sent.Add(1);

    /// <summary>A client closed by Master rather than by itself: <c>queue_full</c>, <c>send_timeout</c>, <c>missed_changes</c>.</summary>
    public void Dropped(string reason) => _dropped.Add(1, new KeyValuePair<string, object?>("reason", reason));
}
