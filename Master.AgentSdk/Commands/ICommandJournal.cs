using Master.DataHub.Commands;

namespace Master.AgentSdk.Commands;

/// <summary>
/// Where the agent channel keeps what agents report beyond the live state: the durable command history and the log
/// chunks of §11.5. The host connects it to the relational store; without one, results live only in the hub and log
/// chunks are accepted and dropped.
/// </summary>
public interface ICommandJournal
{
    /// <summary>The cluster of a command the journal holds (also one the live state has forgotten), or null when unknown.</summary>
    ValueTask<string?> FindClusterAsync(string commandId, CancellationToken cancellationToken);

    /// <summary>Stores chunks of a known command's output; a chunk at a (stream, offset) already stored is ignored (G2).</summary>
    ValueTask AppendLogsAsync(string commandId, IReadOnlyList<AgentLogChunk> chunks, CancellationToken cancellationToken);

    /// <summary>
    /// Waits, for a bounded time, until <paramref name="command"/> as it is after a result is durable, so that the
    /// <c>200</c> an agent gets means the result is kept.
    /// </summary>
    ValueTask ResultRecordedAsync(Command command, CancellationToken cancellationToken);
}

/// <summary>One chunk of a command's output (agent-protocol.md §11.5).</summary>
/// <param name="Stream"><c>stdout</c> or <c>stderr</c>.</param>
/// <param name="Offset">The UTF-8 byte offset of the chunk's first byte within its stream.</param>
/// <param name="Data">The chunk's text.</param>
public sealed record AgentLogChunk(string Stream, long Offset, string Data);

/// <summary>The default without a store: results stay in the hub, chunks are dropped.</summary>
internal sealed class NoCommandJournal : ICommandJournal
{
    public ValueTask<string?> FindClusterAsync(string commandId, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public ValueTask AppendLogsAsync(string commandId, IReadOnlyList<AgentLogChunk> chunks, CancellationToken cancellationToken) =>
        ValueTask.CompletedTask;

    public ValueTask ResultRecordedAsync(Command command, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
