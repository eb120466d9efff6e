using Master.DataHub.Commands;
using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

internal sealed partial class AgentChannel
{
    private static readonly TimeSpan MaxJitter = TimeSpan.FromSeconds(5);

    /// <summary>E3: holds until a command for the cluster and topic arrives or the hold passes (agent-protocol.md §8).</summary>
    public async Task PollAsync(HttpContext context)
    {
        var clusterId = await AuthorizeClusterAsync(context, AgentRequest.PollClusterId(context.Request)).ConfigureAwait(false);
        if (clusterId is null)
        {
            return;
        }

        var topicValues = context.Request.Query["topic"];
        CommandTopic? topic = (topicValues.Count == 0 ? null : topicValues[0]) switch
        {
            null or "" or "ops" => CommandTopic.Ops,
            "ai" => CommandTopic.Ai,
            _ => null,
        };
        if (topic is null)
        {
            await AgentResponses.WriteBadRequestAsync(context, "invalid_topic", "The topic must be ops or ai.").ConfigureAwait(false);
            return;
        }

        var command = await HoldAsync(context, clusterId, topic.Value).ConfigureAwait(false);
        if (command is not null)
        {
            await DeliverAsync(context, command).ConfigureAwait(false);
        }
        else if (!context.RequestAborted.IsCancellationRequested)
        {
            await AgentResponses.WriteNoCommandAsync(context).ConfigureAwait(false);
        }
    }

    /// <summary>The hold of P4: the timeout minus a jitter drawn from [0, min(5 s, 20 % of the timeout)].</summary>
    internal static TimeSpan HoldFor(TimeSpan timeout, double random)
    {
        var maxJitter = TimeSpan.FromTicks(Math.Min(MaxJitter.Ticks, timeout.Ticks / 5));
        return timeout - (maxJitter * random);
    }

    private async Task<Command?> HoldAsync(HttpContext context, string clusterId, CommandTopic topic)
    {
        using var hold = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _lifetime.ApplicationStopping);
        _metrics.PollParked(1);
        try
        {
            var wait = HoldFor(_options.CommandPollTimeout, Random.Shared.NextDouble());
            return await _hub.WaitCommandAsync(clusterId, topic, wait, hold.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (hold.IsCancellationRequested)
        {
            return null;
        }
        finally
        {
            _metrics.PollParked(-1);
        }
    }

    /// <summary>Writes and flushes the reply; when that fails or the client already left, the command goes back (D2).</summary>
    private async Task DeliverAsync(HttpContext context, Command command)
    {
        if (context.RequestAborted.IsCancellationRequested)
        {
            await ReturnCommandAsync(command, null).ConfigureAwait(false);
            return;
        }

        bool delivered;
        try
        {
            var response = context.Response;
            await AgentResponses.WriteJsonAsync(context, StatusCodes.Status200OK, CommandReplyWriter.Write(command)).ConfigureAwait(false);

            // Kestrel stops raising RequestAborted once the last byte of a Content-Length reply is handed to it, and a
            // write still waiting for the client when the connection dies then returns as if it had succeeded. A flush
            // after it tells the two apart: on a connection that is gone it reports the output completed.
            var flush = await response.BodyWriter.FlushAsync(context.RequestAborted).ConfigureAwait(false);
            await response.CompleteAsync().ConfigureAwait(false);
            delivered = !flush.IsCompleted && !flush.IsCanceled && !context.RequestAborted.IsCancellationRequested;
        }
        catch (Exception exception)
        {
            await ReturnCommandAsync(command, exception).ConfigureAwait(false);
            return;
        }

        if (!delivered)
        {
            await ReturnCommandAsync(command, null).ConfigureAwait(false);
            return;
        }

        Log.CommandDispatched(_logger, command.Id, command.ClusterId);
    }

    private async Task ReturnCommandAsync(Command command, Exception? exception)
    {
        await _hub.ReturnCommandAsync(command.Id, CancellationToken.None).ConfigureAwait(false);
        _logger.CommandReturned(exception, command.Id, command.ClusterId);
    }
}
