using Master.DataHub.Commands;

namespace Master.Gateway.Live;

/// <summary>
/// <c>data</c> of <c>command.updated</c>: what a command list shows. The parameters and results stay out: they can be large
/// and carry values a viewer of the list does not need; the command can be read in full on its own.
/// </summary>
internal sealed record LiveCommand(
    string Id,
    string ClusterId,
    string Action,
    string? Kind,
    string? Namespace,
    string? Name,
    string? Source,
    string? CreatedBy,
    string Status,
    DateTimeOffset CreatedAt,
    DateTimeOffset ExpiresAt,
    DateTimeOffset? DispatchedAt,
    DateTimeOffset? FinishedAt)
{
    public static LiveCommand From(Command command) => new(
        command.Id,
        command.ClusterId,
        command.Action,
        command.Kind,
        command.Namespace,
        command.Name,
        command.Source,
        command.CreatedBy,
        command.Status.ToWireName(),
        command.CreatedAt,
        command.ExpiresAt,
        command.DispatchedAt,
        command.FinishedAt);
}
