namespace Master.Database.Commands;

/// <summary>
/// The durable record of a command sent to a cluster's agent: a mirror of the live command, written again each time it
/// changes, so that the history outlives the process and a restart finds the commands it had not finished.
/// </summary>
/// <param name="Id">The command id.</param>
/// <param name="ClusterId">The cluster the command runs on.</param>
/// <param name="Topic">The channel, such as <c>ops</c> or <c>ai</c>.</param>
/// <param name="Action">What the command does.</param>
/// <param name="Kind">The kind of the Kubernetes object it targets, or null.</param>
/// <param name="Namespace">That object's namespace, or null.</param>
/// <param name="Name">That object's name, or null.</param>
/// <param name="Params">The action's parameters as the text of a JSON object, or null.</param>
/// <param name="Source">Where the command came from (an API, the AI assistant, a configuration rollout), or null.</param>
/// <param name="CreatedBy">The user who created it, or null.</param>
/// <param name="Status">
/// Where the command stands: <c>pending</c>, <c>dispatched</c>, <c>succeeded</c>, <c>failed</c>, <c>timeout</c>,
/// <c>expired</c> or <c>cancelled</c>.
/// </param>
/// <param name="Revision">
/// Grows by one with each change of the live command: of two writes of the same command the higher revision is the
/// newer, whatever order they arrive in.
/// </param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="ExpiresAt">When it stops being worth dispatching (UTC).</param>
/// <param name="ResultTimeout">How long the agent has to report once the command is dispatched; stored in whole milliseconds.</param>
/// <param name="DispatchedAt">When it was handed to the agent (UTC), or null.</param>
/// <param name="FinishedAt">When it ended (UTC), or null.</param>
/// <param name="Result">What the agent reported, or null.</param>
/// <param name="LateResult">What the agent reported after the command had ended without it (a timeout), or null.</param>
public sealed record CommandRecord(
    string Id,
    string ClusterId,
    string Topic,
    string Action,
    string? Kind,
    string? Namespace,
    string? Name,
    string? Params,
    string? Source,
    string? CreatedBy,
    string Status,
    long Revision,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    TimeSpan ResultTimeout,
    DateTimeOffset? DispatchedAt = null,
    DateTimeOffset? FinishedAt = null,
    CommandResultRecord? Result = null,
    CommandResultRecord? LateResult = null);
