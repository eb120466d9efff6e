using System.Text.Json.Serialization;
using Master.DataHub.Agents;
using Master.DataHub.Commands;

namespace Master.DataHub.Redis;

/// <summary>The JSON the hub writes into Redis values: a command as created, results, agent reports and change messages.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Command))]
[JsonSerializable(typeof(CommandResult))]
[JsonSerializable(typeof(AgentReport))]
[JsonSerializable(typeof(Dictionary<string, string>))]
internal sealed partial class RedisJsonContext : JsonSerializerContext;
