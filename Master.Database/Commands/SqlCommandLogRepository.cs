using System.Data.Common;
using Dapper;
using Master.Database.Engines;

namespace Master.Database.Commands;

/// <summary>Commands' output on the <c>command_log_chunks</c> table, the same SQL on every engine.</summary>
internal sealed class SqlCommandLogRepository(DatabaseEngine engine, TimeProvider timeProvider) : ICommandLogRepository
{
    public async Task<bool> AppendChunkAsync(
        string commandId, string stream, long offset, string content, CancellationToken cancellationToken = default)
    {
        const string Insert = """
            INSERT INTO command_log_chunks (command_id, stream, chunk_offset, content, created_at)
            VALUES (@commandId, @stream, @offset, @content, @now)
            """;
        var parameters = new { commandId, stream, offset, content, now = engine.Timestamp(timeProvider.GetUtcNow()) };
        try
        {
            return await engine.RunAsync(
                c => c.ExecuteAsync(new CommandDefinition(Insert, parameters, cancellationToken: cancellationToken)), cancellationToken)
                .ConfigureAwait(false) > 0;
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            // Agents re-send chunks they are unsure were received; the stored one is the same chunk.
            return false;
        }
    }

    public async Task<string> ReadStreamAsync(string commandId, string stream, CancellationToken cancellationToken = default)
    {
        const string Query = """
            SELECT content FROM command_log_chunks WHERE command_id = @commandId AND stream = @stream ORDER BY chunk_offset
            """;
        var chunks = await engine.RunAsync(
            c => c.QueryAsync<string>(new CommandDefinition(Query, new { commandId, stream }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return string.Concat(chunks);
    }
}
