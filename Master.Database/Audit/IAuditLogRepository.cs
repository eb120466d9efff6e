namespace Master.Database.Audit;

/// <summary>The append-only audit log on the <c>audit_logs</c> table.</summary>
public interface IAuditLogRepository
{
    /// <summary>Appends an entry (its <see cref="AuditLogRecord.Id"/> is ignored) and returns the new id.</summary>
    Task<long> AppendAsync(AuditLogRecord entry, CancellationToken cancellationToken = default);

    /// <summary>One page of the entries <paramref name="query"/> selects, newest first (time, then id).</summary>
    Task<LogPage<AuditLogRecord>> ListAsync(AuditLogQuery query, CancellationToken cancellationToken = default);
}
