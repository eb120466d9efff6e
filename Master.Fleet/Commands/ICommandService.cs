using Master.Database.Commands;
using Master.DataHub.Commands;

namespace Master.Fleet.Commands;

/// <summary>
/// Remote commands as operators see them: submitted to many clusters at once, durable from the moment they are
/// accepted, tracked to their end, listed from the history.
/// </summary>
public interface ICommandService
{
    /// <summary>
    /// Validates the request, resolves its clusters, writes one command per cluster to the history and only then queues
    /// them, so an accepted command survives a restart. Nothing is queued when anything is wrong.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">The relational store is unreachable; nothing was queued.</exception>
    Task<CommandSubmission> SubmitAsync(CommandRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending command and waits until the cancellation is in the history.</summary>
    Task<CommandCancellation> CancelAsync(string commandId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The command as it is now: live when the hub still holds it, else from the history. An output carrying secrets is
    /// masked unless <paramref name="revealSecrets"/>, and the history only ever holds it masked (agent-protocol.md §9.4).
    /// </summary>
    Task<Command?> GetAsync(string commandId, bool revealSecrets, CancellationToken cancellationToken = default);

    /// <summary>One page of the history, newest first.</summary>
    Task<CommandHistoryPage> ListAsync(CommandQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The output the agent pushed for the command; for <c>get_logs</c> without pushed output, the log text of its
    /// result. Null when no command has that id.
    /// </summary>
    Task<CommandLogs?> ReadLogsAsync(string commandId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Waits until the history holds <paramref name="command"/> (or a later state of it), at most a few seconds: past that
    /// the store is down, and the write goes on in the background until it is back.
    /// </summary>
    Task WaitRecordedAsync(Command command, CancellationToken cancellationToken = default);
}
