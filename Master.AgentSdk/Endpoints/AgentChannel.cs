using Master.AgentSdk.Auth;
using Master.AgentSdk.Body;
using Master.AgentSdk.Commands;
using Master.AgentSdk.Reports;
using Master.DataHub;
using Master.Processor;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.AgentSdk.Endpoints;

/// <summary>The handlers of the agent channel endpoints E1–E5 (agent-protocol.md §1), in the order of checks of §1.2.</summary>
internal sealed partial class AgentChannel
{
    private readonly IDataHub _hub;
    private readonly ISnapshotIngestor _ingestor;
    private readonly AgentAuthenticator _auth;
    private readonly AgentAuthFailureCoalescer _authFailures;
    private readonly IAgentSecurityEvents _securityEvents;
    private readonly ICommandJournal _journal;
    private readonly SnapshotGate _gate;
    private readonly AgentSdkMetrics _metrics;
    private readonly ClusterIdWarnings _clusterIdWarnings;
    private readonly PayloadTooLargeWarnings _tooLargeWarnings;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<AgentChannel> _logger;
    private readonly AgentSdkOptions _options;

    /// <summary>Creates the handlers; one instance serves every request.</summary>
    public AgentChannel(
        IDataHub hub,
        ISnapshotIngestor ingestor,
        AgentAuthenticator auth,
        AgentAuthFailureCoalescer authFailures,
        IAgentSecurityEvents securityEvents,
        ICommandJournal journal,
        SnapshotGate gate,
        AgentSdkMetrics metrics,
        ClusterIdWarnings clusterIdWarnings,
        PayloadTooLargeWarnings tooLargeWarnings,
        IHostApplicationLifetime lifetime,
        TimeProvider timeProvider,
        IOptions<AgentSdkOptions> options,
        ILogger<AgentChannel> logger)
    {
        _hub = hub;
        _ingestor = ingestor;
        _auth = auth;
        _authFailures = authFailures;
        _securityEvents = securityEvents;
        _journal = journal;
        _gate = gate;
        _metrics = metrics;
        _clusterIdWarnings = clusterIdWarnings;
        _tooLargeWarnings = tooLargeWarnings;
        _lifetime = lifetime;
        _timeProvider = timeProvider;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Runs a handler with the shared failure mapping (500/503) and the request metric.</summary>
    public async Task RunAsync(HttpContext context, string endpoint, Func<HttpContext, Task> handler)
    {
        try
        {
            await handler(context).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is nobody to answer.
        }
        catch (Exception exception) when (!context.Response.HasStarted && !context.RequestAborted.IsCancellationRequested)
        {
            _logger.RequestFailed(exception, context.Request.Path.Value ?? string.Empty);
            await WriteFailureAsync(context, exception).ConfigureAwait(false);
        }
        finally
        {
            var status = context.RequestAborted.IsCancellationRequested && !context.Response.HasStarted
                ? "aborted"
                : context.Response.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _metrics.RequestFinished(endpoint, status);
        }
    }

    /// <summary>
    /// 503 when live state is unreachable, so the agent retries instead of taking a 500 for a bug; 500 otherwise. A hub
    /// that says it is unreachable is believed without asking it again.
    /// </summary>
    private async Task WriteFailureAsync(HttpContext context, Exception exception)
    {
        var reachable = exception is not DataHubUnavailableException && await IsHubHealthyAsync(context).ConfigureAwait(false);
        context.Response.Clear();
        if (reachable)
        {
            await AgentResponses.WriteErrorAsync(context, StatusCodes.Status500InternalServerError, "internal_error", "The request failed unexpectedly.")
                .ConfigureAwait(false);
            return;
        }

        context.Response.Headers.RetryAfter = DataHubUnavailableException.RetryAfterSeconds;
        await AgentResponses.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, "unavailable", "Live state is unreachable; retry later.")
            .ConfigureAwait(false);
    }

    private async Task<bool> IsHubHealthyAsync(HttpContext context)
    {
        try
        {
            return (await _hub.CheckHealthAsync(context.RequestAborted).ConfigureAwait(false)).Healthy;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// The checks of §1.2 for an endpoint that must name its cluster: the token, then the id, then the token's right to
    /// that id. Returns the cluster id, or null once the refusal has been written.
    /// </summary>
    private async Task<string?> AuthorizeClusterAsync(HttpContext context, string? rawClusterId)
    {
        var failure = _auth.Authenticate(context.Request, out var credential);
        if (failure is not null)
        {
            await RejectAsync(context, failure, AgentRequest.Claimed(rawClusterId), credential).ConfigureAwait(false);
            return null;
        }

        var clusterId = await ValidateClusterIdAsync(context, rawClusterId).ConfigureAwait(false);
        if (clusterId is null)
        {
            return null;
        }

        failure = _auth.Authorize(credential, clusterId);
        if (failure is not null)
        {
            await RejectAsync(context, failure, clusterId, credential).ConfigureAwait(false);
            return null;
        }

        return clusterId;
    }

    /// <summary>Answers 401 (A8) and records the coalesced security event (A7).</summary>
    private async Task RejectAsync(HttpContext context, string reason, string? claimedClusterId, AgentCredential credential)
    {
        var remote = AgentRequest.RemoteAddress(context);
        var path = context.Request.Path.Value ?? string.Empty;
        var fingerprint = AgentAuthenticator.Fingerprint(credential.Token);
        var (_, isNew) = _authFailures.Record(remote, claimedClusterId, reason, path, fingerprint);
        if (isNew)
        {
            _logger.AgentAuthFailed(reason, path, remote, claimedClusterId, fingerprint);
            await _securityEvents.AuthenticationFailedAsync(reason, path, remote, claimedClusterId, fingerprint).ConfigureAwait(false);
        }

        context.Response.Headers.WWWAuthenticate = "Bearer realm=\"master-agent\"";
        await AgentResponses.WriteErrorAsync(
            context, StatusCodes.Status401Unauthorized, "unauthenticated", "The request is not authenticated for this cluster.").ConfigureAwait(false);
    }

    private Task PayloadTooLargeAsync(HttpContext context, string? clusterId)
    {
        _tooLargeWarnings.Report(clusterId, _options.SnapshotMaxBytes);
        return AgentResponses.WritePayloadTooLargeAsync(context, _options.SnapshotMaxBytes);
    }

    /// <summary>Validates a raw id; on failure writes the 400 and returns null.</summary>
    private static async Task<string?> ValidateClusterIdAsync(HttpContext context, string? raw)
    {
        var code = ClusterIds.Validate(raw, out var id);
        if (code is null)
        {
            return id;
        }

        await AgentResponses.WriteBadRequestAsync(context, code, AgentRequest.ClusterIdMessage(code)).ConfigureAwait(false);
        return null;
    }
}
