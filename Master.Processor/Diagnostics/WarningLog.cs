using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Master.Processor.Diagnostics;

/// <summary>
/// Counts every processor warning and logs it at most once per cluster, path and reason per hour (agent-protocol.md §6.4);
/// the next line of a key says how many were held back. The only state of the Processor.
/// </summary>
internal sealed class WarningLog
{
    /// <summary>How long one key stays quiet after it was logged.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    // Past this many keys the ones whose hour is over are dropped; past the hard cap everything is, so a flood of
    // distinct paths cannot grow memory without bound (it may then log a key again within the hour).
    private const int SweepThreshold = 10_000;
    private const int MaxKeys = 100_000;

    private readonly ConcurrentDictionary<Key, Window> _windows = new();
    private readonly ILogger<WarningLog> _logger;
    private readonly TimeProvider _timeProvider;
    private readonly ProcessorMetrics _metrics;

    public WarningLog(ILogger<WarningLog> logger, TimeProvider timeProvider, ProcessorMetrics metrics)
    {
        _logger = logger;
        _timeProvider = timeProvider;
        _metrics = metrics;
    }

    /// <summary>Counts and, where the key's hour allows, logs each warning.</summary>
    public void Report(IReadOnlyList<ProcessorWarning> warnings)
    {
        if (warnings.Count == 0)
        {
            return;
        }

        var now = _timeProvider.GetUtcNow();
        foreach (var warning in warnings)
        {
            _metrics.Warning(warning.Reason);
            var window = _windows.GetOrAdd(new Key(warning.ClusterId, warning.Path, warning.Reason), static _ => new Window());
            if (window.TryOpen(now, out var suppressed) && _logger.IsEnabled(LogLevel.Warning))
            {
                _logger.SnapshotValueUnreadable(warning.ClusterId, warning.Path, warning.Reason, warning.Value, suppressed);
            }
        }

        if (_windows.Count > SweepThreshold)
        {
            Sweep(now);
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            if (window.IsOver(now))
            {
                _windows.TryRemove(key, out _);
            }
        }

        if (_windows.Count > MaxKeys)
        {
            _windows.Clear();
        }
    }

    private readonly record struct Key(string ClusterId, string Path, string Reason);

    private sealed class Window
    {
        private readonly Lock _lock = new();
        private DateTimeOffset? _loggedAt;
        private long _suppressed;

        public bool TryOpen(DateTimeOffset now, out long suppressed)
        {
            lock (_lock)
            {
                if (_loggedAt is { } at && now - at < Interval)
                {
                    _suppressed++;
                    suppressed = 0;
                    return false;
                }

                suppressed = _suppressed;
                _suppressed = 0;
                _loggedAt = now;
                return true;
            }
        }

        public bool IsOver(DateTimeOffset now)
        {
            lock (_lock)
            {
                return _loggedAt is not { } at || now - at >= Interval;
            }
        }
    }
}
