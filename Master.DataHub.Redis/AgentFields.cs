using System.Text.Json;
using Master.DataHub.Agents;

namespace Master.DataHub.Redis;

/// <summary>
/// An agent as the fields of its Redis hash: <c>first</c>, <c>last</c>, <c>hb</c>, <c>snap</c> (times), <c>online</c>
/// (<c>1</c> or <c>0</c>, as last announced on the feed) and <c>report</c> (JSON).
/// </summary>
internal static class AgentFields
{
    public static string Report(AgentReport report) => JsonSerializer.Serialize(report, RedisJsonContext.Default.AgentReport);

    /// <summary>The agent with <see cref="AgentState.Online"/> as stored (as last announced).</summary>
    public static AgentState Decode(string clusterId, IReadOnlyDictionary<string, string> fields) => new()
    {
        ClusterId = clusterId,
        FirstSeen = RedisTime.Parse(fields["first"]),
        LastSeen = RedisTime.Parse(fields["last"]),
        LastHeartbeat = RedisTime.ParseOptional(fields.GetValueOrDefault("hb")),
        LastSnapshotAt = RedisTime.ParseOptional(fields.GetValueOrDefault("snap")),
        Online = fields["online"] == "1",
        Report = JsonSerializer.Deserialize(fields["report"], RedisJsonContext.Default.AgentReport) ?? AgentReport.None,
    };
}
