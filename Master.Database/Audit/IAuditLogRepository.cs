namespace Master.Database.Audit;

/// <summary>The append-only audit log on the <c>audit_logs</c> table.</summary>
public interface IAuditLogRepository
{
    /// <summary>Appends an entry (its <see cref="AuditLogRecord.Id"/> is ignored) and returns the new id.</summary>
    Task<long> AppendAsync(AuditLogRecord entry, CancellationToken cancellationToken = default);

    /// <summary>
    /// Appends every entry (their ids are ignored) in one transaction, a few statements for hundreds of entries: for a
    /// writer that buffers entries and flushes them together.
    /// </summary>
    Task AppendManyAsync(IReadOnlyList<AuditLogRecord> entries, CancellationToken cancellationToken = default);

    /// <summary>One page of the entries <paramref name="query"/> selects, newest first (time, then id).</summary>
    Task<LogPage<AuditLogRecord>> ListAsync(AuditLogQuery query, CancellationToken cancellationToken = default);

    /// <summary>How many entries the filters of <paramref name="query"/> select; its page size and cursor are ignored.</summary>
    Task<long> CountAsync(AuditLogQuery query, CancellationToken cancellationToken = default);
}
