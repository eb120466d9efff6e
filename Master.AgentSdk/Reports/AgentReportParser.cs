using System.Text.RegularExpressions;
using Master.DataHub.Agents;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Master.AgentSdk.Reports;

/// <summary>Reads the self-description headers of agent-protocol.md §11.6; malformed values never fail a request (H2, H3).</summary>
internal static partial class AgentReportParser
{
    /// <summary>The agent version header.</summary>
    public const string VersionHeader = "X-Agent-Version";

    /// <summary>The agent labels header.</summary>
    public const string LabelsHeader = "X-Agent-Labels";

    /// <summary>The configuration hash header.</summary>
    public const string ConfigHashHeader = "X-Agent-Config-Hash";

    private const int MaxLabels = 64;
    private const int MaxLabelsHeaderLength = 4096;

    /// <summary>Builds the report of one heartbeat or snapshot; an absent header gives null (H1).</summary>
    public static AgentReport Parse(IHeaderDictionary headers, string clusterId, ILogger logger)
    {
        var version = First(headers, VersionHeader);
        var labels = First(headers, LabelsHeader);
        var hash = First(headers, ConfigHashHeader);
        if (version is null && labels is null && hash is null)
        {
            return AgentReport.None;
        }

        return new AgentReport(ParseVersion(version, clusterId, logger), ParseLabels(labels, clusterId, logger), ParseHash(hash, clusterId, logger));
    }

    private static string? ParseVersion(string? value, string clusterId, ILogger logger)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length is >= 1 and <= 64 && value.All(c => c is > ' ' and < '\u007f'))
        {
            return value;
        }

        logger.MalformedAgentHeader(VersionHeader, clusterId, Cut(value));
        return null;
    }

    private static Dictionary<string, string>? ParseLabels(string? value, string clusterId, ILogger logger)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length > MaxLabelsHeaderLength)
        {
            logger.MalformedAgentHeader(LabelsHeader, clusterId, Cut(value));
            return null;
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var items = value.Split(',');
        foreach (var item in items)
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            var key = eq < 0 ? item.Trim() : item[..eq].Trim();
            var val = eq < 0 ? string.Empty : item[(eq + 1)..].Trim();
            if (eq < 0 || !LabelKey().IsMatch(key) || !LabelValue().IsMatch(val) || (labels.Count >= MaxLabels && !labels.ContainsKey(key)))
            {
                if (item.Trim().Length > 0)
                {
                    logger.MalformedAgentHeader(LabelsHeader, clusterId, Cut(item.Trim()));
                }

                continue;
            }

            labels[key] = val;
        }

        return labels;
    }

    private static string? ParseHash(string? value, string clusterId, ILogger logger)
    {
        if (value is null)
        {
            return null;
        }

        var hex = value.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? value[7..] : value;
        if (hex.Length == 64 && hex.All(char.IsAsciiHexDigit))
        {
            return hex.ToLowerInvariant();
        }

        logger.MalformedAgentHeader(ConfigHashHeader, clusterId, Cut(value));
        return null;
    }

    private static string? First(IHeaderDictionary headers, string name)
    {
        var values = headers[name];
        return values.Count == 0 ? null : (values[0] ?? string.Empty).Trim();
    }

    private static string Cut(string value) => value.Length <= 64 ? value : value[..64];

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._/-]{0,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelKey();

    [GeneratedRegex("^[A-Za-z0-9._-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValue();
}
