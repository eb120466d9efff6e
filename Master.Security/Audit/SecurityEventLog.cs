using System.Collections.Concurrent;
using Master.Database.Audit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Master.Security.Audit;

/// <summary>
/// The security event log's writer. One event is written per kind, user and address and per <see cref="Window"/>;
/// repeats within it are not written, so a script hammering a bad token cannot flood the table (the audit log still
/// has every request).
/// </summary>
internal sealed class SecurityEventLog(
    ISecurityEventRepository repository, IOptions<SecurityOptions> options, TimeProvider timeProvider, ILogger<SecurityEventLog> logger)
    : QueuedWriter<SecurityEventRecord>(options.Value.RetryDelay, timeProvider), ISecurityEventLog
{
    /// <summary>How long repeats of one event are folded into it.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    private readonly ConcurrentDictionary<(string Kind, string? Username, string? Address), DateTimeOffset> _lastWritten = new();

    /// <summary>Records an event unless the same one was recorded within <see cref="Window"/>.</summary>
    /// <param name="kind">One of <see cref="SecurityEventKinds"/>.</param>
    /// <param name="severity">One of <see cref="SecuritySeverities"/>.</param>
    /// <param name="username">The user concerned, or null.</param>
    /// <param name="remoteAddress">The caller's address, or null.</param>
    /// <param name="detail">A JSON object with the details, or null.</param>
    /// <param name="cancellationToken">Cancels waiting for room in a full queue.</param>
    public async ValueTask RecordAsync(
        string kind, string severity, string? username, string? remoteAddress, string? detail, CancellationToken cancellationToken = default)
    {
        var now = Time.GetUtcNow();
        var key = (kind, username, remoteAddress);
        if (_lastWritten.TryGetValue(key, out var last) && now - last < Window)
        {
            return;
        }

        _lastWritten[key] = now;
        if (_lastWritten.Count > 10_000)
        {
            Forget(now);
        }

        await EnqueueAsync(new SecurityEventRecord(0, now, kind, severity, username, remoteAddress, detail), cancellationToken)
            .ConfigureAwait(false);
    }

    protected override Task WriteAsync(IReadOnlyList<SecurityEventRecord> batch, CancellationToken cancellationToken) =>
        repository.AppendManyAsync(batch, cancellationToken);

    protected override void OnWriteFailed(int entries, bool givingUp, Exception exception)
    {
        if (givingUp)
        {
            logger.SecurityEventsLost(entries, exception);
        }
        else
        {
            logger.SecurityEventWriteFailed(entries, exception);
        }
    }

    protected override void OnRefusedAfterStop() => logger.SecurityEventAfterStop();

    // Keeps the folding table small when many addresses fail at once.
    private void Forget(DateTimeOffset now)
    {
        foreach (var (key, at) in _lastWritten)
        {
            if (now - at >= Window)
            {
                _lastWritten.TryRemove(key, out _);
            }
        }
    }
}
