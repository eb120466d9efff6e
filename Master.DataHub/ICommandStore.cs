using Master.DataHub.Commands;

namespace Master.DataHub;

/// <summary>
/// Commands for agents: one FIFO queue per cluster and topic, long-poll delivery, results and the lifecycle of
/// agent-protocol.md §11.3. Every status change is published as a <see cref="Changes.CommandUpdated"/>.
/// </summary>
public interface ICommandStore
{
    /// <summary>Stores a new <see cref="CommandStatus.Pending"/> command at the tail of its cluster's queue for its topic.</summary>
    ValueTask<Command> EnqueueCommandAsync(Command command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts back a command read from the durable history after a restart: a pending one at the tail of its queue (restore
    /// in creation order), a dispatched one as dispatched, so that its result is still accepted and its deadline still
    /// enforced. Publishes nothing: the command did not change. False, and nothing done, when the hub holds the id already
    /// (a shared hub kept it across the restart).
    /// </summary>
    /// <exception cref="ArgumentException">The command is neither pending nor dispatched.</exception>
    ValueTask<bool> RestoreCommandAsync(Command command, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits up to <paramref name="timeout"/> for a command for the cluster and topic and takes the head one, marking it
    /// <see cref="CommandStatus.Dispatched"/> atomically with the take. Returns null on timeout; when
    /// <paramref name="cancellationToken"/> fires (the client went away, or the hub stops) it returns null and takes nothing.
    /// When several waiters wait for one queue, the most recent one is served first.
    /// </summary>
    ValueTask<Command?> WaitCommandAsync(
        string clusterId, CommandTopic topic, TimeSpan timeout, CancellationToken cancellationToken = default);

    /// <summary>
    /// Puts a dispatched command whose reply could not be written back at the head of its queue as pending, with
    /// <see cref="Command.DispatchedAt"/> cleared. False when the command is no longer dispatched.
    /// </summary>
    ValueTask<bool> ReturnCommandAsync(string commandId, CancellationToken cancellationToken = default);

    /// <summary>Records a result; the first one wins (compare-and-set on the status). See <see cref="ResultOutcome"/>.</summary>
    ValueTask<ResultOutcome> CompleteCommandAsync(CommandResult result, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending command and removes it from its queue.</summary>
    ValueTask<CancelOutcome> CancelCommandAsync(string commandId, CancellationToken cancellationToken = default);

    /// <summary>Returns a command by id, or null when unknown.</summary>
    ValueTask<Command?> GetCommandAsync(string commandId, CancellationToken cancellationToken = default);

    /// <summary>Returns the live commands of a cluster (all clusters when null), oldest first.</summary>
    ValueTask<IReadOnlyList<Command>> ListCommandsAsync(string? clusterId = null, CancellationToken cancellationToken = default);

    /// <summary>Counts the commands waiting in queues (pending) across all clusters.</summary>
    ValueTask<long> CountPendingCommandsAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Enforces deadlines at the hub's clock: pending commands past <see cref="Command.ExpiresAt"/> become expired and
    /// leave their queue; dispatched commands past <see cref="Command.DispatchedAt"/> + <see cref="Command.ResultTimeout"/>
    /// become timeout. Returns the commands it changed. The hub runs this itself every
    /// <see cref="DataHubOptions.LivenessCheckInterval"/>; callers may run it too.
    /// </summary>
    ValueTask<IReadOnlyList<Command>> SweepCommandsAsync(CancellationToken cancellationToken = default);
}
