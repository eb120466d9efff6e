using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Configurations;

/// <summary>Configuration apply attempts on <c>configuration_apply_history</c>, the same SQL on every engine.</summary>
internal sealed class SqlConfigurationApplyRepository(DatabaseEngine engine) : IConfigurationApplyRepository
{
    private const string Select = """
        SELECT id, configuration_id, version, cluster_id, command_id, status, message, applied_by, applied_at, finished_at
        FROM configuration_apply_history
        """;

    public async Task<long> RecordAsync(ConfigurationApplyRecord attempt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        var insert = engine.InsertReturningId("""
            INSERT INTO configuration_apply_history
                (configuration_id, version, cluster_id, command_id, status, message, applied_by, applied_at, finished_at)
            VALUES (@configurationId, @version, @clusterId, @commandId, @status, @message, @appliedBy, @appliedAt, @finishedAt)
            """);
        var parameters = new
        {
            configurationId = attempt.ConfigurationId,
            version = attempt.Version,
            clusterId = attempt.ClusterId,
            commandId = attempt.CommandId,
            status = attempt.Status,
            message = attempt.Message,
            appliedBy = attempt.AppliedBy,
            appliedAt = engine.Timestamp(attempt.AppliedAt),
            finishedAt = attempt.FinishedAt is { } finished ? engine.Timestamp(finished) : null,
        };
        return await engine.RunAsync(
            c => c.ExecuteScalarAsync<long>(new CommandDefinition(insert, parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> FinishAsync(
        long id, string status, string? message, DateTimeOffset finishedAt, CancellationToken cancellationToken = default)
    {
        const string Update = """
            UPDATE configuration_apply_history SET status = @status, message = @message, finished_at = @finishedAt WHERE id = @id
            """;
        return await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(
                Update, new { id, status, message, finishedAt = engine.Timestamp(finishedAt) }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;
    }

    public async Task<IReadOnlyList<ConfigurationApplyRecord>> ListAsync(
        long configurationId, string? clusterId = null, CancellationToken cancellationToken = default)
    {
        var sql = Select + " WHERE configuration_id = @configurationId"
            + (clusterId is null ? string.Empty : " AND cluster_id = @clusterId")
            + " ORDER BY applied_at DESC, id DESC";
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(sql, new { configurationId, clusterId }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns((object)row)))];
    }

    private ConfigurationApplyRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Int64(row, "configuration_id"),
        RowValues.Int32(row, "version"),
        RowValues.Text(row, "cluster_id"),
        RowValues.NullableText(row, "command_id"),
        RowValues.Text(row, "status"),
        RowValues.NullableText(row, "message"),
        RowValues.NullableText(row, "applied_by"),
        engine.ReadTimestamp(row["applied_at"]!),
        row["finished_at"] is { } finished ? engine.ReadTimestamp(finished) : null);
}
