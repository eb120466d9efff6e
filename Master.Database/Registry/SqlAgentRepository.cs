using Dapper;
using Master.Database.Engines;

namespace Master.Database.Registry;

/// <summary>The agent registry on the <c>agents</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAgentRepository(DatabaseEngine engine, TimeProvider timeProvider) : IAgentRepository
{
    private const string Select = """
        SELECT id, cluster_id, name, labels, healthy, last_heartbeat_at, agent_version, config_hash, pods_count, created_at, updated_at
        FROM agents
        """;

    private static readonly string[] Columns =
    [
        "id", "cluster_id", "name", "labels", "healthy", "last_heartbeat_at", "agent_version", "config_hash", "pods_count", "created_at",
        "updated_at",
    ];

    // The creation time of an agent seen before stays; everything else is the agent's latest word.
    private static readonly string[] UpdatedColumns = [.. Columns.Except(["id", "created_at"])];

    private readonly string _upsert = engine.Upsert("agents", Columns, ["id"], UpdatedColumns);

    public async Task UpsertAsync(AgentRecord agent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(agent);
        var now = engine.Timestamp(timeProvider.GetUtcNow());
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await connection.ExecuteAsync(new CommandDefinition(_upsert, new
            {
                id = agent.Id,
                cluster_id = agent.ClusterId,
                name = agent.Name,
                labels = RowValues.LabelsJson(agent.Labels),
                healthy = agent.Healthy,
                last_heartbeat_at = agent.LastHeartbeatAt is { } heartbeat ? engine.Timestamp(heartbeat) : null,
                agent_version = agent.AgentVersion,
                config_hash = agent.ConfigHash,
                pods_count = agent.PodsCount,
                created_at = now,
                updated_at = now,
            }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    public async Task<AgentRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var row = await connection.QuerySingleOrDefaultAsync(
                new CommandDefinition(Select + " WHERE id = @id", new { id }, cancellationToken: cancellationToken)).ConfigureAwait(false);
            return row is null ? null : Map(RowValues.Columns(row));
        }
    }

    public async Task<IReadOnlyList<AgentRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var rows = await connection.QueryAsync(
                new CommandDefinition(Select + " ORDER BY cluster_id, id", cancellationToken: cancellationToken)).ConfigureAwait(false);
            return [.. rows.Select(row => Map(RowValues.Columns(row)))];
        }
    }

    public async Task<int> DeleteSilentSinceAsync(DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        const string Delete = """
            DELETE FROM agents
            WHERE last_heartbeat_at < @cutoff OR (last_heartbeat_at IS NULL AND created_at < @cutoff)
            """;
        var connection = await engine.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await connection.ExecuteAsync(
                new CommandDefinition(Delete, new { cutoff = engine.Timestamp(cutoff) }, cancellationToken: cancellationToken)).ConfigureAwait(false);
        }
    }

    private AgentRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Text(row, "id"),
        RowValues.Text(row, "cluster_id"),
        RowValues.Text(row, "name"),
        RowValues.Labels(row, "labels"),
        RowValues.Boolean(row, "healthy"),
        row["last_heartbeat_at"] is { } heartbeat ? engine.ReadTimestamp(heartbeat) : null,
        RowValues.NullableText(row, "agent_version"),
        RowValues.NullableText(row, "config_hash"),
        RowValues.Int32(row, "pods_count"),
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));
}
