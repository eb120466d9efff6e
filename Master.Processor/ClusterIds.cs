namespace Master.Processor;

/// <summary>Validation of cluster ids (agent-protocol.md §2.2).</summary>
public static class ClusterIds
{
    /// <summary>The longest accepted id.</summary>
    public const int MaxLength = 256;

    /// <summary>
    /// Trims ASCII whitespace and checks the id. Returns null and sets <paramref name="id"/> when valid; otherwise returns
    /// <c>cluster_id_required</c> (empty or missing) or <c>invalid_cluster_id</c> (too long, or a control character).
    /// </summary>
    public static string? Validate(string? raw, out string id)
    {
        id = string.Empty;
        var trimmed = (raw ?? string.Empty).Trim(AsciiWhitespace);
        if (trimmed.Length == 0)
        {
            return "cluster_id_required";
        }

        if (trimmed.Length > MaxLength || trimmed.AsSpan().ContainsAnyInRange('\u0000', '\u001f') || trimmed.Contains('\u007f', StringComparison.Ordinal))
        {
            return "invalid_cluster_id";
        }

        id = trimmed;
        return null;
    }

    private static readonly char[] AsciiWhitespace = [' ', '\t', '\n', '\v', '\f', '\r'];
}
