using Master.Database.Audit;

namespace Master.Security.Audit;

/// <summary>The audit log's writer: entries are queued on the request path and written in batches off it.</summary>
public interface IAuditTrail
{
    /// <summary>Queues an entry; returns at once unless the queue is full.</summary>
    /// <returns>False when Master has stopped taking entries.</returns>
    ValueTask<bool> EnqueueAsync(AuditLogRecord entry, CancellationToken cancellationToken = default);
}
