namespace Master.Database.Commands;

/// <summary>Command records on the <c>command_history</c> table.</summary>
public interface ICommandHistoryRepository
{
    /// <summary>
    /// Writes <paramref name="commands"/> in one transaction: a record whose id is not stored is inserted; a stored one
    /// takes the new status, revision, times and results only when the new <see cref="CommandRecord.Revision"/> is
    /// greater than the stored one, so a stale or repeated write changes nothing. What is fixed when a command is created
    /// (cluster, action, target, params, source, creator, creation and expiry times, result timeout) keeps its first value.
    /// Returns how many rows were inserted or changed.
    /// </summary>
    Task<int> WriteAsync(IReadOnlyList<CommandRecord> commands, CancellationToken cancellationToken = default);

    /// <summary>The command with <paramref name="id"/>, or null.</summary>
    Task<CommandRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// One page of the commands <paramref name="query"/> selects, newest first (creation time, then id, both descending);
    /// every filter that is set must match exactly.
    /// </summary>
    Task<CommandPage> ListAsync(CommandQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many commands <paramref name="query"/> selects, on every page (its cursor and limit aside).</summary>
    Task<long> CountAsync(CommandQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Every command still <c>pending</c> or <c>dispatched</c>, oldest first (creation time, then id): what a restart
    /// puts back in the live queues.
    /// </summary>
    Task<IReadOnlyList<CommandRecord>> ListUnfinishedAsync(CancellationToken cancellationToken = default);
}
