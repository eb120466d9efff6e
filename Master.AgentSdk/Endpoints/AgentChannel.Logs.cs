using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

internal sealed partial class AgentChannel
{
    /// <summary>X1: stores chunks of a command's output; 200 for every valid request, duplicates and unknown ids included (§11.5).</summary>
    public async Task LogsAsync(HttpContext context)
    {
        var (body, header, credential) = await ReadCommandReportAsync(context).ConfigureAwait(false);
        if (body is null)
        {
            return;
        }

        (string CommandId, IReadOnlyList<Commands.AgentLogChunk> Chunks)? push;
        string? code;
        string? message;
        using (body)
        {
            push = LogPushParser.Parse(body.Memory, out code, out message);
        }

        if (push is not { } valid)
        {
            await AgentResponses.WriteBadRequestAsync(context, code!, message!).ConfigureAwait(false);
            return;
        }

        var stopping = _lifetime.ApplicationStopping;
        var clusterId = (await _hub.GetCommandAsync(valid.CommandId, stopping).ConfigureAwait(false))?.ClusterId
            ?? await _journal.FindClusterAsync(valid.CommandId, stopping).ConfigureAwait(false);
        if (clusterId is null)
        {
            _logger.LogsForUnknownCommand(valid.CommandId);
            await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
            return;
        }

        if (!await AcceptReportAsync(context, valid.CommandId, clusterId, header, credential).ConfigureAwait(false))
        {
            return;
        }

        if (valid.Chunks.Count > 0)
        {
            try
            {
                await _journal.AppendLogsAsync(valid.CommandId, valid.Chunks, stopping).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Only a 503 makes the agent send the chunks again; they must not be answered as kept.
                _logger.LogsNotStored(exception, valid.CommandId);
                await AgentResponses.WriteErrorAsync(
                    context, StatusCodes.Status503ServiceUnavailable, "unavailable", "The command history is unreachable; retry later.")
                    .ConfigureAwait(false);
                return;
            }
        }

        await AgentResponses.WriteOkAsync(context).ConfigureAwait(false);
    }
}
