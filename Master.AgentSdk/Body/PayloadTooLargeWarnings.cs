using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Master.AgentSdk.Body;

/// <summary>Logs an oversized body at most once per cluster per 10 minutes (agent-protocol.md §11.2).</summary>
internal sealed class PayloadTooLargeWarnings
{
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);
    private const int MaxRemembered = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<PayloadTooLargeWarnings> _logger;

    /// <summary>Creates the throttle.</summary>
    public PayloadTooLargeWarnings(TimeProvider timeProvider, ILogger<PayloadTooLargeWarnings> logger)
    {
        _timeProvider = timeProvider;
        _logger = logger;
    }

    /// <summary>Logs unless the same cluster was logged within the interval.</summary>
    public void Report(string? clusterId, long limit)
    {
        var now = _timeProvider.GetUtcNow();
        var key = clusterId ?? string.Empty;
        if (_last.TryGetValue(key, out var last) && now - last < Interval)
        {
            return;
        }

        if (_last.Count >= MaxRemembered)
        {
            _last.Clear();
        }

        _last[key] = now;
        _logger.PayloadTooLarge(clusterId, limit);
    }
}
