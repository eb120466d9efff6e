namespace Master.Security.Audit;

/// <summary>The security event log's writer; repeats of one event within a minute are written once.</summary>
public interface ISecurityEventLog
{
    /// <summary>Records an event unless the same one (kind, user, address) was recorded within the last minute.</summary>
    /// <param name="kind">One of <see cref="SecurityEventKinds"/>.</param>
    /// <param name="severity">One of <see cref="SecuritySeverities"/>.</param>
    /// <param name="username">The user concerned, or null.</param>
    /// <param name="remoteAddress">The caller's address, or null.</param>
    /// <param name="detail">A JSON object with the details, or null.</param>
    /// <param name="cancellationToken">Cancels waiting for room in a full queue.</param>
    ValueTask RecordAsync(
        string kind, string severity, string? username, string? remoteAddress, string? detail, CancellationToken cancellationToken = default);
}
