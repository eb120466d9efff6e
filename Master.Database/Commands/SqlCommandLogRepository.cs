using System.Data.Common;
using Dapper;
using Master.Database.Engines;

namespace Master.Database.Commands;

/// <summary>
/// Commands' output on the <c>command_log_chunks</c> table: the same SQL on every engine but for how an insert ignores
/// a chunk whose key is stored (<see cref="DatabaseEngine.InsertOrIgnore"/>).
/// </summary>
internal sealed class SqlCommandLogRepository(DatabaseEngine engine, TimeProvider timeProvider) : ICommandLogRepository
{
    private static readonly string[] Columns = ["command_id", "stream", "chunk_offset", "content", "created_at"];

    private readonly string _insert = engine.InsertOrIgnore("command_log_chunks", Columns, ["command_id", "stream", "chunk_offset"]);

    public async Task<int> AppendChunksAsync(
        string commandId, IReadOnlyList<CommandLogChunk> chunks, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        if (chunks.Count == 0)
        {
            return 0;
        }

        var now = engine.Timestamp(timeProvider.GetUtcNow());
        return await engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                // Checked first rather than left to the foreign key: a violation would abort a PostgreSQL transaction,
                // and MySQL's INSERT IGNORE would only warn.
                var known = await connection.ExecuteScalarAsync<int?>(new CommandDefinition(
                    "SELECT 1 FROM command_history WHERE id = @commandId", new { commandId }, transaction,
                    cancellationToken: cancellationToken)).ConfigureAwait(false);
                if (known is null)
                {
                    return 0;
                }

                var insert = connection.CreateCommand();
                await using (insert.ConfigureAwait(false))
                {
                    insert.Transaction = transaction;
                    insert.CommandText = _insert;
                    var parameters = Columns.Select(column => Parameter(insert, column)).ToArray();
                    parameters[0].Value = commandId;
                    parameters[4].Value = now;
                    var stored = 0;
                    foreach (var chunk in chunks)
                    {
                        ArgumentNullException.ThrowIfNull(chunk, nameof(chunks));
                        parameters[1].Value = chunk.Stream;
                        parameters[2].Value = chunk.Offset;
                        parameters[3].Value = chunk.Data;
                        stored += await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }

                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return stored;
                }
            },
            cancellationToken).ConfigureAwait(false);
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

    private static DbParameter Parameter(DbCommand command, string name)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        command.Parameters.Add(parameter);
        return parameter;
    }
}
