using System.Globalization;
using System.Text.Json;
using Master.DataHub.Changes;

namespace Master.DataHub.Redis;

/// <summary>
/// Reads the change messages the scripts publish: flat JSON objects of strings, <c>t</c> naming the type and <c>n</c> the
/// change's place in the fleet-wide sequence.
/// </summary>
internal static class ChangeMessages
{
    public static (long Sequence, Change Change) Decode(ReadOnlySpan<byte> utf8Json)
    {
        var fields = JsonSerializer.Deserialize(utf8Json, RedisJsonContext.Default.DictionaryStringString)
            ?? throw new InvalidDataException("A change message is null.");
        return (long.Parse(fields["n"], CultureInfo.InvariantCulture), Decode(fields, RedisTime.Parse(fields["at"])));
    }

    private static Change Decode(Dictionary<string, string> fields, DateTimeOffset at) =>
        fields["t"] switch
        {
            "command" => CommandFields.Decode(fields) is { } command
                ? new CommandUpdated(command.ClusterId, at, command)
                : throw new InvalidDataException("A command change message has no command."),
            "snapshot.updated" => new SnapshotUpdated(fields["cl"], at, long.Parse(fields["v"], CultureInfo.InvariantCulture)),
            "agent.online" => new AgentOnline(fields["cl"], at),
            "agent.offline" => new AgentOffline(fields["cl"], at, RedisTime.Parse(fields["seen"])),
            "cluster.removed" => new ClusterRemoved(fields["cl"], at),
            var type => throw new InvalidDataException($"Unknown change message type '{type}'."),
        };
}
