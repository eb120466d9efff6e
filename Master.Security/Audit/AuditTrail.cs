using Master.Database.Audit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Security.Audit;

/// <summary>The audit log's queued writer.</summary>
internal sealed class AuditTrail(
    IAuditLogRepository repository, IOptions<SecurityOptions> options, TimeProvider timeProvider, ILogger<AuditTrail> logger)
    : QueuedWriter<AuditLogRecord>(options.Value.RetryDelay, timeProvider), IAuditTrail
{
    protected override Task WriteAsync(IReadOnlyList<AuditLogRecord> batch, CancellationToken cancellationToken) =>
        repository.AppendManyAsync(batch, cancellationToken);

    protected override void OnWriteFailed(int entries, bool givingUp, Exception exception)
    {
        if (givingUp)
        {
            logger.AuditEntriesLost(entries, exception);
        }
        else
        {
            logger.AuditWriteFailed(entries, exception);
        }
    }

    protected override void OnRefusedAfterStop() => logger.AuditEntryAfterStop();
}
