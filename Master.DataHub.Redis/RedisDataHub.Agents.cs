using Master.DataHub.Agents;
using StackExchange.Redis;

namespace Master.DataHub.Redis;

// As in the memory hub, the stored online flag is the state last announced on the feed; readers get Online recomputed
// from LastSeen, so it follows the timeout between sweeps too. The scripts make each announcement once, fleet-wide.
internal sealed partial class RedisDataHub
{
    public async ValueTask<AgentState> RecordContactAsync(
        string clusterId, AgentContact contact, AgentReport report, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(clusterId);
        ArgumentNullException.ThrowIfNull(report);
        var now = Now;
        var reply = (RedisResult[])(await RunAsync(
            RedisScripts.RecordContact,
            now,
            clusterId,
            contact == AgentContact.Heartbeat ? "hb" : "snap",
            AgentFields.Report(report),
            RedisTime.Format(now - _options.HeartbeatTimeout)).ConfigureAwait(false))!;
        switch ((string?)reply[0])
        {
            case "registered":
                _logger.AgentRegistered(clusterId);
                break;
            case "back":
                _logger.AgentBackOnline(clusterId);
                break;
        }

        return AgentFields.Decode(clusterId, CommandFields.ToDictionary(reply[1]));
    }

    public async ValueTask<AgentState?> GetAgentAsync(string clusterId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(clusterId);
        var database = await DatabaseAsync().ConfigureAwait(false);
        var entries = await GuardAsync(() => database.HashGetAllAsync(_keys.Agent(clusterId))).ConfigureAwait(false);
        return entries.Length == 0 ? null : WithCurrentLiveness(AgentFields.Decode(clusterId, CommandFields.ToDictionary(entries)), Now);
    }

    public async ValueTask<IReadOnlyList<AgentState>> ListAgentsAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var all = (RedisResult[])(await RunAsync(RedisScripts.ListAgents, now).ConfigureAwait(false))!;
        return [.. all
            .Select(CommandFields.ToDictionary)
            .Where(fields => fields.ContainsKey("first"))
            .Select(fields => WithCurrentLiveness(AgentFields.Decode(fields["id"], fields), now))
            .OrderBy(state => state.ClusterId, StringComparer.Ordinal)];
    }

    public async ValueTask<IReadOnlyList<AgentState>> SweepOfflineAgentsAsync(CancellationToken cancellationToken = default)
    {
        var now = Now;
        var swept = (RedisResult[])(await RunAsync(
            RedisScripts.SweepAgents, now, RedisTime.Format(now - _options.HeartbeatTimeout)).ConfigureAwait(false))!;
        return [.. swept.Select(CommandFields.ToDictionary).Select(MarkedOffline).OrderBy(state => state.ClusterId, StringComparer.Ordinal)];
    }

    private AgentState MarkedOffline(Dictionary<string, string> fields)
    {
        var state = AgentFields.Decode(fields["id"], fields);
        _logger.AgentWentOffline(state.ClusterId, state.LastSeen);
        return state;
    }

    private AgentState WithCurrentLiveness(AgentState state, DateTimeOffset now) =>
        state with { Online = now - state.LastSeen <= _options.HeartbeatTimeout };
}
