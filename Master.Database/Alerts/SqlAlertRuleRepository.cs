using System.Data.Common;
using System.Text.Json;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Alerts;

/// <summary>Alert rules on the <c>alert_rules</c> table, the same SQL on every engine.</summary>
internal sealed class SqlAlertRuleRepository(DatabaseEngine engine, TimeProvider timeProvider) : IAlertRuleRepository
{
    private const string Select = """
        SELECT id, name, description, expression, severity, for_seconds, enabled, labels, channel_ids, created_at, updated_at
        FROM alert_rules
        """;

    public async Task<long?> CreateAsync(AlertRuleRecord rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var insert = engine.InsertReturningId("""
            INSERT INTO alert_rules
                (name, description, expression, severity, for_seconds, enabled, labels, channel_ids, created_at, updated_at)
            VALUES (@name, @description, @expression, @severity, @forSeconds, @enabled, @labels, @channelIds, @now, @now)
            """);
        try
        {
            return await engine.RunAsync(
                c => c.ExecuteScalarAsync<long>(new CommandDefinition(insert, Parameters(rule), cancellationToken: cancellationToken)),
                cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return null;
        }
    }

    public async Task<AlertRuleRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(Select + " WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<AlertRuleRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(Select + " ORDER BY name", null, cancellationToken);

    public async Task<WriteOutcome> UpdateAsync(AlertRuleRecord rule, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rule);
        const string Update = """
            UPDATE alert_rules SET name = @name, description = @description, expression = @expression, severity = @severity,
                for_seconds = @forSeconds, enabled = @enabled, labels = @labels, channel_ids = @channelIds, updated_at = @now
            WHERE id = @id
            """;
        try
        {
            var written = await engine.RunAsync(
                c => c.ExecuteAsync(new CommandDefinition(Update, Parameters(rule), cancellationToken: cancellationToken)),
                cancellationToken).ConfigureAwait(false);
            return written > 0 ? WriteOutcome.Written : WriteOutcome.NotFound;
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return WriteOutcome.Conflict;
        }
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition("DELETE FROM alert_rules WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;

    private object Parameters(AlertRuleRecord rule) => new
    {
        id = rule.Id,
        name = rule.Name,
        description = rule.Description,
        expression = rule.Expression,
        severity = rule.Severity,
        forSeconds = rule.ForSeconds,
        enabled = rule.Enabled,
        labels = RowValues.LabelsJson(rule.Labels),
        channelIds = JsonSerializer.Serialize(rule.ChannelIds),
        now = engine.Timestamp(timeProvider.GetUtcNow()),
    };

    private async Task<IReadOnlyList<AlertRuleRecord>> QueryAsync(string sql, object? parameters, CancellationToken cancellationToken)
    {
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns((object)row)))];
    }

    private AlertRuleRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Text(row, "name"),
        RowValues.NullableText(row, "description"),
        RowValues.Text(row, "expression"),
        RowValues.Text(row, "severity"),
        RowValues.Int32(row, "for_seconds"),
        RowValues.Boolean(row, "enabled"),
        RowValues.Labels(row, "labels"),
        row["channel_ids"] is string { Length: > 0 } ids ? JsonSerializer.Deserialize<long[]>(ids) ?? [] : [],
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));
}
