using Master.Processor;
using Microsoft.AspNetCore.Http;

namespace Master.AgentSdk.Endpoints;

/// <summary>Helpers for reading identity from agent requests (agent-protocol.md §2.1).</summary>
internal static class AgentRequest
{
    /// <summary>The cluster header.</summary>
    public const string ClusterHeader = "X-Cluster-ID";

    /// <summary>The first <c>X-Cluster-ID</c> value, or null when absent.</summary>
    public static string? HeaderClusterId(HttpRequest request)
    {
        var values = request.Headers[ClusterHeader];
        return values.Count == 0 ? null : values[0];
    }

    /// <summary>The first <c>cluster_id</c> query value if non-empty, else the header (E3).</summary>
    public static string? PollClusterId(HttpRequest request)
    {
        var query = request.Query["cluster_id"];
        var fromQuery = query.Count == 0 ? null : query[0];
        return !string.IsNullOrEmpty(fromQuery) ? fromQuery : HeaderClusterId(request);
    }

    /// <summary>True when the raw id, trimmed, is empty (so the body's id is used on E1).</summary>
    public static bool IsBlank(string? raw) => ClusterIds.Validate(raw, out _) == "cluster_id_required";

    /// <summary>The remote address as text, or <c>unknown</c>.</summary>
    public static string RemoteAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>A claimed id for security events: trimmed and cut to the longest valid length, or null.</summary>
    public static string? Claimed(string? raw)
    {
        var trimmed = raw?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= ClusterIds.MaxLength ? trimmed : trimmed[..ClusterIds.MaxLength];
    }

    /// <summary>The message of a cluster id error code.</summary>
    public static string ClusterIdMessage(string code) => code == "cluster_id_required"
        ? "The cluster id is missing: send X-Cluster-ID."
        : "The cluster id is longer than 256 characters or contains a control character.";
}
