namespace Master.Database.Commands;

/// <summary>Commands' output on the <c>command_log_chunks</c> table.</summary>
public interface ICommandLogRepository
{
    /// <summary>
    /// Stores a chunk of a command's output at <paramref name="offset"/> of <paramref name="stream"/>. Idempotent: a
    /// chunk re-sent at a position already stored changes nothing and answers false.
    /// </summary>
    /// <exception cref="System.Data.Common.DbException">There is no such command.</exception>
    Task<bool> AppendChunkAsync(
        string commandId, string stream, long offset, string content, CancellationToken cancellationToken = default);

    /// <summary>The text of <paramref name="stream"/> of the command: its chunks in offset order; empty when none.</summary>
    Task<string> ReadStreamAsync(string commandId, string stream, CancellationToken cancellationToken = default);
}
