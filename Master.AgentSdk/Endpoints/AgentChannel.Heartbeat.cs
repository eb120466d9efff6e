using Master.AgentSdk.Reports;
using Master.DataHub.Agents;
using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

internal sealed partial class AgentChannel
{
    /// <summary>E2: records a heartbeat; the body is never read (agent-protocol.md §4.1).</summary>
    public async Task HeartbeatAsync(HttpContext context)
    {
        var raw = AgentRequest.HeaderClusterId(context.Request);
        var failure = _auth.Authenticate(context.Request, out var credential);
        if (failure is not null)
        {
            await RejectAsync(context, failure, AgentRequest.Claimed(raw), credential).ConfigureAwait(false);
            return;
        }

        var clusterId = await ValidateClusterIdAsync(context, raw).ConfigureAwait(false);
        if (clusterId is null)
        {
            return;
        }

        failure = _auth.Authorize(credential, clusterId);
        if (failure is not null)
        {
            await RejectAsync(context, failure, clusterId, credential).ConfigureAwait(false);
            return;
        }

        var report = AgentReportParser.Parse(context.Request.Headers, clusterId, _logger);
        await _hub.RecordContactAsync(clusterId, AgentContact.Heartbeat, report, _lifetime.ApplicationStopping).ConfigureAwait(false);
        _clusterIdWarnings.Check(clusterId);
        await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
    }
}
