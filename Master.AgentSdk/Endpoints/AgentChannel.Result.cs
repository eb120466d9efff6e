using Master.AgentSdk.Body;
using Master.DataHub.Commands;
using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

internal sealed partial class AgentChannel
{
    /// <summary>E4: records a command result; always 200 for a well-formed body (agent-protocol.md §4.5, §11.4).</summary>
    public async Task ResultAsync(HttpContext context)
    {
        var (body, header, credential) = await ReadCommandReportAsync(context).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        ParsedResult? parsed;
        string? code;
        using (body)
        {
            parsed = ResultParser.Parse(body.Memory.Span, out code);
        }

        if (parsed is null)
        {
            var message = code == "command_id_required" ? "The result has no commandId." : "The body is not a valid result JSON object.";
            await AgentResponses.WriteBadRequestAsync(context, code!, message).ConfigureAwait(false);
            return;
        }

        await ApplyResultAsync(context, parsed, header, credential).ConfigureAwait(false);
    }

    private async Task ApplyResultAsync(HttpContext context, ParsedResult parsed, string? header, Auth.AgentCredential credential)
    {
        var command = await _hub.GetCommandAsync(parsed.CommandId, _lifetime.ApplicationStopping).ConfigureAwait(false);
        if (command is not null && !await AcceptReportAsync(context, command.Id, command.ClusterId, header, credential).ConfigureAwait(false))
        {
            return;
        }

        if (parsed.MalformedExecTime is not null)
        {
            _logger.MalformedExecTime(parsed.CommandId, parsed.MalformedExecTime);
        }

        if (parsed.MalformedExecutedAt is not null)
        {
            _logger.MalformedExecutedAt(parsed.CommandId, parsed.MalformedExecutedAt);
        }

        var result = new CommandResult(
            parsed.CommandId, parsed.Success, parsed.Output, parsed.Error, parsed.ExecTimeNs, parsed.ExecutedAt, _timeProvider.GetUtcNow());
        var outcome = await _hub.CompleteCommandAsync(result, _lifetime.ApplicationStopping).ConfigureAwait(false);
        if (outcome is ResultOutcome.Recorded or ResultOutcome.Late
            && await _hub.GetCommandAsync(parsed.CommandId, _lifetime.ApplicationStopping).ConfigureAwait(false) is { } recorded)
        {
            await _journal.ResultRecordedAsync(recorded, _lifetime.ApplicationStopping).ConfigureAwait(false);
        }

        switch (outcome)
        {
            case ResultOutcome.UnknownCommand:
                _logger.ResultForUnknownCommand(parsed.CommandId);
                break;
            case ResultOutcome.Late:
                _logger.LateResult(parsed.CommandId);
                break;
            case ResultOutcome.Duplicate or ResultOutcome.Ignored:
                _logger.ResultIgnored(parsed.CommandId, outcome);
                break;
        }

        await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
    }

    /// <summary>
    /// Steps 3, 4 and 7 of §1.2 for E4 and X1, which learn their cluster only from the command they report on: the
    /// token, the declared size, then the body. Returns the body, or null once the refusal has been written.
    /// </summary>
    private async Task<(RequestBody? Body, string? Header, Auth.AgentCredential Credential)> ReadCommandReportAsync(HttpContext context)
    {
        RequestBodyReader.LiftServerLimit(context);
        var request = context.Request;
        var header = AgentRequest.HeaderClusterId(request);
        var failure = _auth.Authenticate(request, out var credential);
        if (failure is not null)
        {
            await RejectAsync(context, failure, AgentRequest.Claimed(header), credential).ConfigureAwait(false);
            return (null, header, credential);
        }

        if (RequestBodyReader.DeclaresTooLarge(request, _options.SnapshotMaxBytes))
        {
            await PayloadTooLargeAsync(context, AgentRequest.Claimed(header)).ConfigureAwait(false);
            return (null, header, credential);
        }

        var read = await RequestBodyReader.ReadAsync(request, _options.SnapshotMaxBytes, context.RequestAborted).ConfigureAwait(false);
        if (read.ErrorCode is not null)
        {
            await WriteBodyErrorAsync(context, read.ErrorCode, AgentRequest.Claimed(header)).ConfigureAwait(false);
            return (null, header, credential);
        }

        return (read.Body, header, credential);
    }

    /// <summary>
    /// The token rule A5 and the cluster check of §4.5.2 for a report on a command of <paramref name="clusterId"/>: false
    /// once the refusal (401), or the 200 that ignores a report from another cluster, has been written.
    /// </summary>
    private async Task<bool> AcceptReportAsync(
        HttpContext context, string commandId, string clusterId, string? header, Auth.AgentCredential credential)
    {
        var failure = _auth.Authorize(credential, clusterId);
        if (failure is not null)
        {
            await RejectAsync(context, failure, AgentRequest.Claimed(header) ?? clusterId, credential).ConfigureAwait(false);
            return false;
        }

        var claimed = header?.Trim();
        if (string.IsNullOrEmpty(claimed) || string.Equals(claimed, clusterId, StringComparison.Ordinal))
        {
            return true;
        }

        // §4.5.2: a security event, and a log event for those who read logs.
        var remote = AgentRequest.RemoteAddress(context);
        _logger.AgentClusterMismatch(commandId, clusterId, AgentRequest.Claimed(claimed)!, remote);
        await _securityEvents.ClusterMismatchAsync(commandId, clusterId, AgentRequest.Claimed(claimed)!, remote).ConfigureAwait(false);
        await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
        return false;
    }
}
