using Master.AgentSdk.Reports;
using Master.DataHub.Agents;
using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

internal sealed partial class AgentChannel
{
    /// <summary>E2: records a heartbeat; the body is never read (agent-protocol.md §4.1).</summary>
    public async Task HeartbeatAsync(HttpContext context)
    {
        var clusterId = await AuthorizeClusterAsync(context, AgentRequest.HeaderClusterId(context.Request)).ConfigureAwait(false);
        if (clusterId is null)
        {
            return;
        }

        var report = AgentReportParser.Parse(context.Request.Headers, clusterId, _logger);
        await _hub.RecordContactAsync(clusterId, AgentContact.Heartbeat, report, _lifetime.ApplicationStopping).ConfigureAwait(false);
        _clusterIdWarnings.Check(clusterId);
        await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
    }
}
