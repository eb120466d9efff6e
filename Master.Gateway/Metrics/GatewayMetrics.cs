using System.Diagnostics.Metrics;

namespace Master.Gateway.Metrics;

/// <summary>The Gateway's own instruments (meter <c>Master.Gateway</c>).</summary>
internal sealed class GatewayMetrics
{
    public const string MeterName = "Master.Gateway";

    private readonly Counter<long> _requests;

    public GatewayMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _requests = meter.CreateCounter<long>("master_http_requests", description: "Gateway HTTP requests by method, route and status.");
    }

    public void RequestCompleted(string method, string route, int status) =>
        _requests.Add(1, new("method", method), new("route", route), new("status", status));
}
