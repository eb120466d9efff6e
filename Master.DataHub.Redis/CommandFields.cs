using System.Globalization;
using System.Text.Json;
using Master.DataHub.Commands;
using StackExchange.Redis;
using CommandStatus = Master.DataHub.Commands.CommandStatus;

namespace Master.DataHub.Redis;

/// <summary>
/// A command as the fields of its Redis hash (also the fields of its change message): <c>c</c> the command as created
/// (JSON, never rewritten), and the fields the scripts change — <c>status</c>, <c>rev</c>, <c>disp</c>, <c>fin</c>,
/// <c>res</c>, <c>late</c> — beside <c>seq</c>, <c>queue</c>, <c>exp</c> and <c>rto</c>, which the scripts read.
/// </summary>
internal static class CommandFields
{
    private static readonly Dictionary<string, CommandStatus> Statuses =
        Enum.GetValues<CommandStatus>().ToDictionary(status => status.ToWireName(), StringComparer.Ordinal);

    /// <summary>The command as created: pending, revision 1, none of the fields a transition sets.</summary>
    public static string Creation(Command command) => JsonSerializer.Serialize(
        command with
        {
            Status = CommandStatus.Pending,
            Revision = 1,
            DispatchedAt = null,
            FinishedAt = null,
            Result = null,
            LateResult = null,
        },
        RedisJsonContext.Default.Command);

    public static string Result(CommandResult result) => JsonSerializer.Serialize(result, RedisJsonContext.Default.CommandResult);

    /// <summary>Rebuilds the command from its fields, or returns null when there are none (the command is gone).</summary>
    public static Command? Decode(IReadOnlyDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("c", out var creation))
        {
            return null;
        }

        var command = JsonSerializer.Deserialize(creation, RedisJsonContext.Default.Command)
            ?? throw new InvalidDataException("A command hash holds a null command.");
        return command with
        {
            Status = Statuses[fields["status"]],
            Revision = long.Parse(fields["rev"], CultureInfo.InvariantCulture),
            DispatchedAt = RedisTime.ParseOptional(fields.GetValueOrDefault("disp")),
            FinishedAt = RedisTime.ParseOptional(fields.GetValueOrDefault("fin")),
            Result = DecodeResult(fields.GetValueOrDefault("res")),
            LateResult = DecodeResult(fields.GetValueOrDefault("late")),
        };
    }

    /// <summary>The enqueue order the hash carries, for listings.</summary>
    public static long Sequence(IReadOnlyDictionary<string, string> fields) =>
        long.Parse(fields["seq"], CultureInfo.InvariantCulture);

    /// <summary>A flat field/value array (HGETALL's reply, or a script's) as a dictionary.</summary>
    public static Dictionary<string, string> ToDictionary(RedisResult flat)
    {
        var items = (RedisResult[])flat!;
        var fields = new Dictionary<string, string>(items.Length / 2, StringComparer.Ordinal);
        for (var i = 0; i + 1 < items.Length; i += 2)
        {
            fields[(string)items[i]!] = (string)items[i + 1]!;
        }

        return fields;
    }

    public static Dictionary<string, string> ToDictionary(HashEntry[] entries) =>
        entries.ToDictionary(entry => (string)entry.Name!, entry => (string)entry.Value!, StringComparer.Ordinal);

    private static CommandResult? DecodeResult(string? json) =>
        string.IsNullOrEmpty(json) ? null : JsonSerializer.Deserialize(json, RedisJsonContext.Default.CommandResult);
}
