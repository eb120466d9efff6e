using System.Text.Json;
using Master.DataHub.Commands;

namespace Master.AgentSdk.Endpoints;

/// <summary>Serialises the poll reply of agent-protocol.md §4.4, omitting empty <c>opt</c> members (R7).</summary>
internal static class CommandReplyWriter
{
    /// <summary>The bytes of <c>{"hasCommand":true,"command":{…}}</c> plus a trailing newline.</summary>
    public static byte[] Write(Command command)
    {
        var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteBoolean("hasCommand", true);
            writer.WriteStartObject("command");
            writer.WriteString("id", command.Id);
            writer.WriteString("clusterId", command.ClusterId);
            writer.WriteString("action", command.Action);
            WriteOptional(writer, "kind", command.Kind);
            WriteOptional(writer, "namespace", command.Namespace);
            WriteOptional(writer, "name", command.Name);
            if (command.Params is { ValueKind: JsonValueKind.Object } parameters && parameters.EnumerateObject().Any())
            {
                writer.WritePropertyName("params");
                parameters.WriteTo(writer);
            }

            WriteOptional(writer, "source", command.Source);
            WriteOptional(writer, "createdBy", command.CreatedBy);
            writer.WriteString("createdAt", AgentTime.Format(command.CreatedAt));
            writer.WriteString("expiresAt", AgentTime.Format(command.ExpiresAt));
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            writer.WriteString(name, value);
        }
    }
}
