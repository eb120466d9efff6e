using System.Collections.Concurrent;

namespace Master.AgentSdk.Auth;

/// <summary>
/// Coalesces authentication failures into at most one event per (remote address, claimed cluster, reason) per minute
/// (agent-protocol.md §11.1 A7); later failures in the window only increment the event's count.
/// </summary>
internal sealed class AgentAuthFailureCoalescer
{
    /// <summary>The length of one coalescing window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    // Bounds the memory an address scan can make us hold: past this, windows that ended are dropped.
    private const int PruneThreshold = 4096;

    private readonly ConcurrentDictionary<(string Remote, string Cluster, string Reason), AgentAuthFailure> _events = new();
    private readonly TimeProvider _timeProvider;

    /// <summary>Creates the coalescer on the given clock.</summary>
    public AgentAuthFailureCoalescer(TimeProvider timeProvider)
    {
        _timeProvider = timeProvider;
    }

    /// <summary>Records one failure; returns the event it counts towards and whether that event is new.</summary>
    public (AgentAuthFailure Event, bool IsNew) Record(
        string remoteAddress, string? claimedClusterId, string reason, string path, string? tokenFingerprint)
    {
        var now = _timeProvider.GetUtcNow();
        var key = (remoteAddress, claimedClusterId ?? string.Empty, reason);
        while (true)
        {
            if (_events.TryGetValue(key, out var existing))
            {
                if (now - existing.FirstAt < Window)
                {
                    existing.Increment();
                    return (existing, false);
                }

                var fresh = new AgentAuthFailure(remoteAddress, claimedClusterId, reason, path, tokenFingerprint, now);
                if (_events.TryUpdate(key, fresh, existing))
                {
                    return (fresh, true);
                }

                continue;
            }

            if (_events.Count >= PruneThreshold)
            {
                Prune(now);
            }

            var created = new AgentAuthFailure(remoteAddress, claimedClusterId, reason, path, tokenFingerprint, now);
            if (_events.TryAdd(key, created))
            {
                return (created, true);
            }
        }
    }

    /// <summary>The events whose window is still open, oldest first.</summary>
    public IReadOnlyList<AgentAuthFailure> Recent()
    {
        var now = _timeProvider.GetUtcNow();
        return [.. _events.Values.Where(e => now - e.FirstAt < Window).OrderBy(e => e.FirstAt)];
    }

    private void Prune(DateTimeOffset now)
    {
        foreach (var pair in _events)
        {
            if (now - pair.Value.FirstAt >= Window)
            {
                _events.TryRemove(pair);
            }
        }
    }
}
