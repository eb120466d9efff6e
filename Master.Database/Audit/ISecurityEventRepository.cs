namespace Master.Database.Audit;

/// <summary>The append-only security event log on the <c>security_events</c> table.</summary>
public interface ISecurityEventRepository
{
    /// <summary>Appends an event (its <see cref="SecurityEventRecord.Id"/> is ignored) and returns the new id.</summary>
    Task<long> AppendAsync(SecurityEventRecord entry, CancellationToken cancellationToken = default);

    /// <summary>One page of the events <paramref name="query"/> selects, newest first (time, then id).</summary>
    Task<LogPage<SecurityEventRecord>> ListAsync(SecurityEventQuery query, CancellationToken cancellationToken = default);
}
