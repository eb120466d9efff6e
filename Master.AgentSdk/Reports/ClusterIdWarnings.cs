using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Master.AgentSdk.Reports;

/// <summary>Warns once per cluster id that an unmodified agent cannot use in its unescaped poll URL (agent-protocol.md §2.2).</summary>
internal sealed class ClusterIdWarnings
{
    // Bounds memory against a client inventing ids; past this the warning may repeat, which is harmless.
    private const int MaxRemembered = 10_000;

    private static readonly SearchValues<char> Unsafe = SearchValues.Create("&#%+=? \t\r\n\v\f");

    private readonly ConcurrentDictionary<string, byte> _warned = new(StringComparer.Ordinal);
    private readonly ILogger<ClusterIdWarnings> _logger;

    /// <summary>Creates the tracker.</summary>
    public ClusterIdWarnings(ILogger<ClusterIdWarnings> logger)
    {
        _logger = logger;
    }

    /// <summary>Logs the warning the first time a registered id contains an unsafe character.</summary>
    public void Check(string clusterId)
    {
        if (clusterId.AsSpan().IndexOfAny(Unsafe) < 0)
        {
            return;
        }

        if (_warned.Count >= MaxRemembered)
        {
            _warned.Clear();
        }

        if (_warned.TryAdd(clusterId, 0))
        {
            _logger.UnsafeClusterId(clusterId);
        }
    }
}
