namespace Master.Database.Commands;

/// <summary>Command records on the <c>command_history</c> table.</summary>
public interface ICommandHistoryRepository
{
    /// <summary>Inserts the command or replaces every field of its record with the same id.</summary>
    Task UpsertAsync(CommandRecord command, CancellationToken cancellationToken = default);

    /// <summary>Applies <paramref name="update"/> to the command; false when there is no such command.</summary>
    Task<bool> UpdateStatusAsync(string id, CommandStatusUpdate update, CancellationToken cancellationToken = default);

    /// <summary>The command with <paramref name="id"/>, or null.</summary>
    Task<CommandRecord?> GetAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>One page of the commands <paramref name="query"/> selects, newest first (creation time, then id).</summary>
    Task<CommandPage> ListAsync(CommandQuery query, CancellationToken cancellationToken = default);
}
