namespace Master.Database.Commands;

/// <summary>Commands' output on the <c>command_log_chunks</c> table.</summary>
public interface ICommandLogRepository
{
    /// <summary>
    /// Stores <paramref name="chunks"/> of the command's output in one transaction, each keyed by (command, stream,
    /// offset). Idempotent, as agents re-send chunks they are unsure were received: a chunk whose key is stored is
    /// ignored, even when its data differs. When no command has <paramref name="commandId"/> nothing is stored. Returns
    /// how many chunks were newly stored.
    /// </summary>
    Task<int> AppendChunksAsync(string commandId, IReadOnlyList<CommandLogChunk> chunks, CancellationToken cancellationToken = default);

    /// <summary>
    /// The text of <paramref name="stream"/> of the command: its chunks' data concatenated in ascending offset order;
    /// empty when none.
    /// </summary>
    Task<string> ReadStreamAsync(string commandId, string stream, CancellationToken cancellationToken = default);
}
