using System.Data.Common;
using Dapper;
using Master.Database.Engines;

namespace Master.Database.Registry;

/// <summary>The agent registry on the <c>agents</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAgentRepository : IAgentRepository
{
    // 11 parameters a row keep a batch (5,500) far below the lowest bind limit of the engines (SQLite's 32766).
    internal const int BatchSize = 500;

    private const string Select = """
        SELECT id, cluster_id, name, labels, healthy, last_heartbeat_at, agent_version, config_hash, pods_count, created_at, updated_at
        FROM agents
        """;

    private const string Silent = "last_heartbeat_at < @cutoff OR (last_heartbeat_at IS NULL AND created_at < @cutoff)";

    private static readonly string[] Columns =
    [
        "id", "cluster_id", "name", "labels", "healthy", "last_heartbeat_at", "agent_version", "config_hash", "pods_count", "created_at",
        "updated_at",
    ];

    // The creation time of an agent seen before stays; everything else is the agent's latest word.
    private static readonly string[] UpdatedColumns = [.. Columns.Except(["id", "created_at"])];

    private readonly DatabaseEngine _engine;
    private readonly TimeProvider _timeProvider;
    private readonly BatchedUpsert _upsert;

    public SqlAgentRepository(DatabaseEngine engine, TimeProvider timeProvider)
    {
        _engine = engine;
        _timeProvider = timeProvider;
        _upsert = new BatchedUpsert(engine, "agents", Columns, ["id"], UpdatedColumns, BatchSize);
    }

    public async Task UpsertAsync(AgentRecord agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        object?[][] row = [Values(agent, _engine.Timestamp(_timeProvider.GetUtcNow()))];
        await _engine.RunAsync(connection => _upsert.WriteAsync(connection, null, row, cancellationToken), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<int> UpsertManyAsync(IReadOnlyList<AgentRecord> agents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agents);
        if (agents.Count == 0)
        {
            return 0;
        }

        var now = _engine.Timestamp(_timeProvider.GetUtcNow());
        List<object?[]> rows = [.. LastOfEachId(agents).Select(agent => Values(agent, now))];
        return await _engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                var batches = await _upsert.WriteAsync(connection, transaction, rows, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return batches;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<AgentRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await _engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync(new CommandDefinition(Select + " WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return row is null ? null : Map(RowValues.Columns(row));
    }

    public async Task<IReadOnlyList<AgentRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(Select + " ORDER BY cluster_id, id", cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns(row)))];
    }

    public async Task<IReadOnlyList<string>> PurgeSilentSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        var parameters = new { cutoff = _engine.Timestamp(cutoff) };
        return await _engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                var candidates = await connection.QueryAsync<string>(new CommandDefinition(
                    $"SELECT DISTINCT cluster_id FROM agents WHERE {Silent}", parameters, transaction, cancellationToken: cancellationToken))
                    .ConfigureAwait(false);
                await connection.ExecuteAsync(new CommandDefinition(
                    $"DELETE FROM agents WHERE {Silent}", parameters, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var removed = await DeleteClustersWithoutAgentsAsync(connection, transaction, candidates, cancellationToken)
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return removed;
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Of the clusters whose silent agents were just deleted, removes those left without an agent: a cluster another
    /// agent still reports for stays registered.
    /// </summary>
    private static async Task<IReadOnlyList<string>> DeleteClustersWithoutAgentsAsync(
        DbConnection connection, DbTransaction transaction, IEnumerable<string> candidates, CancellationToken cancellationToken)
    {
        const string Delete = "DELETE FROM clusters WHERE id = @id AND NOT EXISTS (SELECT 1 FROM agents WHERE cluster_id = @id)";
        var removed = new List<string>();
        foreach (var id in candidates)
        {
            if (await connection.ExecuteAsync(new CommandDefinition(Delete, new { id }, transaction, cancellationToken: cancellationToken))
                .ConfigureAwait(false) > 0)
            {
                removed.Add(id);
            }
        }

        removed.Sort(StringComparer.Ordinal);
        return removed;
    }

    /// <summary>
    /// One record per id, the last one given: a multi-row upsert may not touch a row twice on PostgreSQL, and the last
    /// record is the agent's latest word.
    /// </summary>
    private static List<AgentRecord> LastOfEachId(IReadOnlyList<AgentRecord> agents)
    {
        var positions = new Dictionary<string, int>(agents.Count, StringComparer.Ordinal);
        var distinct = new List<AgentRecord>(agents.Count);
        foreach (var agent in agents)
        {
            ArgumentNullException.ThrowIfNull(agent, nameof(agents));
            if (positions.TryGetValue(agent.Id, out var position))
            {
                distinct[position] = agent;
            }
            else
            {
                positions.Add(agent.Id, distinct.Count);
                distinct.Add(agent);
            }
        }

        return distinct;
    }

    /// <summary>The values of one row, in the order of <see cref="Columns"/>.</summary>
    private object?[] Values(AgentRecord agent, object now) =>
    [
        agent.Id,
        agent.ClusterId,
        agent.Name,
        RowValues.LabelsJson(agent.Labels),
        agent.Healthy,
        agent.LastHeartbeatAt is { } heartbeat ? _engine.Timestamp(heartbeat) : null,
        agent.AgentVersion,
        agent.ConfigHash,
        agent.PodsCount,
        now,
        now,
    ];

    private AgentRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Text(row, "id"),
        RowValues.Text(row, "cluster_id"),
        RowValues.Text(row, "name"),
        RowValues.Labels(row, "labels"),
        RowValues.Boolean(row, "healthy"),
        row["last_heartbeat_at"] is { } heartbeat ? _engine.ReadTimestamp(heartbeat) : null,
        RowValues.NullableText(row, "agent_version"),
        RowValues.NullableText(row, "config_hash"),
        RowValues.Int32(row, "pods_count"),
        _engine.ReadTimestamp(row["created_at"]!),
        _engine.ReadTimestamp(row["updated_at"]!));
}
