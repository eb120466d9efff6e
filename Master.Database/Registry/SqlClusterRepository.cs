using System.Data.Common;
using Dapper;
using Master.Database.Engines;

namespace Master.Database.Registry;

/// <summary>The cluster registry on the <c>clusters</c> table, the same SQL on every engine.</summary>
internal sealed class SqlClusterRepository(DatabaseEngine engine, TimeProvider timeProvider) : IClusterRepository
{
    private const string Select = "SELECT id, name, description, environment, labels, created_at, updated_at FROM clusters";

    public async Task<ClusterRecord?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync(new CommandDefinition(Select + " WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return row is null ? null : Map(RowValues.Columns(row));
    }

    public async Task<IReadOnlyList<ClusterRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(Select + " ORDER BY name", cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns(row)))];
    }

    public async Task<WriteOutcome> CreateAsync(ClusterRecord cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var now = engine.Timestamp(timeProvider.GetUtcNow());
        const string Insert = """
            INSERT INTO clusters (id, name, description, environment, labels, created_at, updated_at)
            VALUES (@id, @name, @description, @environment, @labels, @now, @now)
            """;
        return await WriteAsync(Insert, Parameters(cluster, now), cancellationToken).ConfigureAwait(false);
    }

    public async Task<WriteOutcome> UpdateAsync(ClusterRecord cluster, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var now = engine.Timestamp(timeProvider.GetUtcNow());
        const string Update = """
            UPDATE clusters SET name = @name, description = @description, environment = @environment, labels = @labels,
                updated_at = @now
            WHERE id = @id
            """;
        return await WriteAsync(Update, Parameters(cluster, now), cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default) =>
        await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition("DELETE FROM clusters WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;

    private static object Parameters(ClusterRecord cluster, object now) => new
    {
        id = cluster.Id,
        name = cluster.Name,
        description = cluster.Description,
        environment = cluster.Environment,
        labels = RowValues.LabelsJson(cluster.Labels),
        now,
    };

    /// <summary>The unique constraints decide conflicts, so two writers racing for one name cannot both win.</summary>
    private async Task<WriteOutcome> WriteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        try
        {
            var written = await engine.RunAsync(
                c => c.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken)
                .ConfigureAwait(false);
            return written > 0 ? WriteOutcome.Written : WriteOutcome.NotFound;
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return WriteOutcome.Conflict;
        }
    }

    private ClusterRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Text(row, "id"),
        RowValues.Text(row, "name"),
        RowValues.NullableText(row, "description"),
        RowValues.Text(row, "environment"),
        RowValues.Labels(row, "labels"),
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));
}
