namespace Master.Database.Audit;

/// <summary>
/// The security event log on the <c>security_events</c> table: append-only, but for the one-time mark that an event was
/// dealt with.
/// </summary>
public interface ISecurityEventRepository
{
    /// <summary>Appends an event (its <see cref="SecurityEventRecord.Id"/> is ignored) and returns the new id.</summary>
    Task<long> AppendAsync(SecurityEventRecord entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends every event (their ids are ignored) in one transaction, a few statements for hundreds of events: for a
    /// writer that buffers events and flushes them together.
    /// </summary>
    Task AppendManyAsync(IReadOnlyList<SecurityEventRecord> entries, CancellationToken cancellationToken = default);

    /// <summary>The event with <paramref name="id"/>, or null.</summary>
    Task<SecurityEventRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Marks the event as dealt with by <paramref name="resolvedBy"/> at <paramref name="resolvedAt"/>; false when there is
    /// no such event. An event resolved already keeps its first resolution, and the answer is still true, so that a
    /// repeated request (two admins, a retry) is harmless.
    /// </summary>
    Task<bool> ResolveAsync(long id, string resolvedBy, DateTimeOffset resolvedAt, CancellationToken cancellationToken = default);

    /// <summary>One page of the events <paramref name="query"/> selects, newest first (time, then id).</summary>
    Task<LogPage<SecurityEventRecord>> ListAsync(SecurityEventQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many events the filters of <paramref name="query"/> select; its page size and cursor are ignored.</summary>
    Task<long> CountAsync(SecurityEventQuery query, CancellationToken cancellationToken = default);
}
