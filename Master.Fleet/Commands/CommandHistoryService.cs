using Master.Database.Commands;
using Master.DataHub;
using Master.DataHub.Changes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Fleet.Commands;

/// <summary>
/// Keeps the command history in step with the hub. At start, before the agent listener takes polls, it puts the commands
/// that were pending or dispatched when Master stopped back into the live queues (a memory hub lost them; a shared hub
/// kept them and the restore leaves them alone). Then it writes every status change from the change feed, and on every
/// subscription every command the hub holds. When the host stops, what is still queued is written.
/// </summary>
internal sealed class CommandHistoryService(
    IDataHub hub,
    ICommandHistoryRepository history,
    CommandHistoryWriter writer,
    IOptions<FleetOptions> options,
    TimeProvider timeProvider,
    ILogger<CommandHistoryService> logger) : ChangeFeedJob(hub)
{
    // Before the host goes on starting, so the agent listener takes no poll before the queues are whole again.
    protected override async Task OnStartingAsync(CancellationToken cancellationToken)
    {
        try
        {
            await RestoreAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DataHubUnavailableException exception)
        {
            // Only a shared hub can be unreachable, and it kept its queues: Master starts and serves what it can.
            logger.CommandRestoreSkipped(exception);
        }
    }

    protected override async Task OnSubscribedAsync(CancellationToken cancellationToken)
    {
        // States already written (a restored command) are skipped by the writer; anything else the hub holds is written.
        foreach (var command in await Hub.ListCommandsAsync(cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            writer.Mark(command);
        }
    }

    protected override void OnChange(Change change)
    {
        if (change is CommandUpdated updated)
        {
            writer.Mark(updated.Command);
        }
    }

    protected override void OnFeedOverflow() => logger.CommandFeedOverflow();

    protected override void OnHubUnavailable() => logger.FeedHubUnavailable("command history");

    protected override async Task WriteAsync(CancellationToken stoppingToken)
    {
        while (await writer.WaitMarkedAsync(stoppingToken).ConfigureAwait(false))
        {
            while (!await writer.FlushAsync(stoppingToken).ConfigureAwait(false))
            {
                await Task.Delay(options.Value.RetryDelay, timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Writes what is left, retrying a failing store until the host's shutdown timeout runs out.</summary>
    protected override async Task OnStoppedAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!await writer.FlushAsync(cancellationToken).ConfigureAwait(false))
            {
                // Wall-clock: the shutdown timeout is, and a test's frozen clock must not hold the host.
                await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            logger.CommandHistoryLost(writer.PendingCount);
        }
    }

    private async Task RestoreAsync(CancellationToken cancellationToken)
    {
        var unfinished = await history.ListUnfinishedAsync(cancellationToken).ConfigureAwait(false);
        var restored = 0;
        foreach (var command in unfinished.Select(CommandRecords.ToCommand))
        {
            if (await Hub.RestoreCommandAsync(command, cancellationToken).ConfigureAwait(false))
            {
                restored++;
            }
        }

        writer.NoteWritten(unfinished.Select(CommandRecords.ToCommand));
        if (unfinished.Count > 0)
        {
            logger.CommandsRestored(restored, unfinished.Count - restored);
        }
    }
}
