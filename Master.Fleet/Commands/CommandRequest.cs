using System.Text.Json;

namespace Master.Fleet.Commands;

/// <summary>An operator's request to run one action on one or more clusters.</summary>
/// <param name="Clusters">The target clusters, each by id or by name; one command is created per distinct cluster.</param>
/// <param name="Action">The action (agent-protocol.md §9).</param>
/// <param name="Kind">The target kind, or null.</param>
/// <param name="Namespace">The target namespace, or null.</param>
/// <param name="Name">The target name, or null.</param>
/// <param name="Params">The action's parameters, a JSON object, or null.</param>
/// <param name="Source">Who asks: <c>web</c>, <c>api</c>, <c>ai</c> or <c>config</c>.</param>
/// <param name="CreatedBy">The user name of the requester.</param>
/// <param name="ResultTimeout">How long the agent may take to report once it has the command; null for the configured default.</param>
public sealed record CommandRequest(
    IReadOnlyList<string> Clusters,
    string Action,
    string? Kind,
    string? Namespace,
    string? Name,
    JsonElement? Params,
    string Source,
    string CreatedBy,
    TimeSpan? ResultTimeout = null);
