using System.Security.Cryptography;
using System.Text;

namespace Master.AgentSdk.Auth;

/// <summary>The parsed <c>MASTER_AGENT_TOKENS</c> (agent-protocol.md §11.1 A1, A3), compared in constant time.</summary>
internal sealed class AgentTokenTable
{
    /// <summary>The shortest token accepted.</summary>
    public const int MinTokenLength = 16;

    private const string Variable = "MASTER_AGENT_TOKENS";

    private readonly Dictionary<string, byte[]> _byCluster;
    private readonly byte[]? _shared;
    private readonly byte[][] _all;

    private AgentTokenTable(Dictionary<string, byte[]> byCluster, byte[]? shared)
    {
        _byCluster = byCluster;
        _shared = shared;
        _all = shared is null ? [.. byCluster.Values] : [.. byCluster.Values, shared];
    }

    /// <summary>An empty table: no token is known.</summary>
    public static AgentTokenTable Empty { get; } = new([], null);

    /// <summary>Parses the raw value; returns null on success or a message naming the variable (never a token).</summary>
    public static string? TryParse(string? raw, out AgentTokenTable table)
    {
        table = Empty;
        var byCluster = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        byte[]? shared = null;
        var entries = (raw ?? string.Empty).Split(',');
        for (var i = 0; i < entries.Length; i++)
        {
            var entry = entries[i];
            if (entry.Trim().Length == 0)
            {
                continue;
            }

            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            var cluster = eq < 0 ? entry.Trim() : entry[..eq].Trim();
            var token = eq < 0 ? string.Empty : entry[(eq + 1)..].Trim();
            var position = $"entry {i + 1}";
            if (cluster.Length == 0)
            {
                return $"{Variable}: {position} has no cluster id before '='.";
            }

            if (token.Length == 0)
            {
                return $"{Variable}: {position} has an empty token.";
            }

            if (token.Length < MinTokenLength)
            {
                return $"{Variable}: the token of {position} is shorter than {MinTokenLength} characters.";
            }

            var bytes = Encoding.UTF8.GetBytes(token);
            if (cluster == "*")
            {
                if (shared is not null)
                {
                    return $"{Variable}: more than one '*' (shared) entry.";
                }

                shared = bytes;
            }
            else if (!byCluster.TryAdd(cluster, bytes))
            {
                return $"{Variable}: cluster id '{cluster}' appears more than once.";
            }
        }

        if (byCluster.Count == 0 && shared is null)
        {
            return $"{Variable} has no entries, but MASTER_AGENT_AUTH=token needs at least one.";
        }

        table = new AgentTokenTable(byCluster, shared);
        return null;
    }

    /// <summary>True when the token equals any configured token; every entry is compared so timing says nothing.</summary>
    public bool IsKnown(ReadOnlySpan<byte> token)
    {
        var known = false;
        foreach (var candidate in _all)
        {
            known |= CryptographicOperations.FixedTimeEquals(candidate, token);
        }

        return known;
    }

    /// <summary>True when the token is valid for the cluster: its own token if it has one, else the shared one (A3).</summary>
    public bool IsValidFor(string clusterId, ReadOnlySpan<byte> token)
    {
        var expected = _byCluster.TryGetValue(clusterId, out var own) ? own : _shared;
        return expected is not null && CryptographicOperations.FixedTimeEquals(expected, token);
    }
}
