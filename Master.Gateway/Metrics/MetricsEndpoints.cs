using System.Text;
using Master.DataHub;
using Master.Gateway.Access;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Master.Gateway.Metrics;

/// <summary><c>GET /metrics</c>: every <c>Master.*</c> instrument plus live gauges read from DataHub at scrape time.</summary>
internal static class MetricsEndpoints
{
    public static void MapMetricsEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/metrics", ScrapeAsync).WithName("GetMetrics").WithTags("Operations").AllowAnyone();

    private static async Task<ContentHttpResult> ScrapeAsync(
        MasterMeterListener listener, IDataHub hub, CancellationToken cancellationToken)
    {
        var agents = await hub.ListAgentsAsync(cancellationToken).ConfigureAwait(false);
        var queued = await hub.CountPendingCommandsAsync(cancellationToken).ConfigureAwait(false);

        var output = new StringBuilder();
        PrometheusWriter.WriteGauge(output, "master_agents_online", "Agents heard from within the heartbeat timeout.", agents.Count(a => a.Online));
        PrometheusWriter.WriteGauge(output, "master_commands_queued", "Commands waiting in queues for their agent.", queued);
        foreach (var instrument in listener.Collect())
        {
            PrometheusWriter.WriteInstrument(output, instrument);
        }

        return TypedResults.Text(output.ToString(), PrometheusText.ContentType);
    }
}
