using System.Data.Common;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Alerts;

/// <summary>Notification channels on the <c>notify_channels</c> table, the same SQL on every engine.</summary>
internal sealed class SqlNotifyChannelRepository(DatabaseEngine engine, TimeProvider timeProvider) : INotifyChannelRepository
{
    private const string Select = """
        SELECT id, name, kind, config, encrypted_secrets, enabled, last_test_at, last_test_status, last_test_message, created_at, updated_at
        FROM notify_channels
        """;

    public async Task<long?> CreateAsync(NotifyChannelRecord channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var insert = engine.InsertReturningId("""
            INSERT INTO notify_channels (name, kind, config, encrypted_secrets, enabled, created_at, updated_at)
            VALUES (@name, @kind, @config, @secrets, @enabled, @now, @now)
            """);
        try
        {
            return await engine.RunAsync(c => c.ExecuteScalarAsync<long>(
                new CommandDefinition(insert, Parameters(channel), cancellationToken: cancellationToken)), cancellationToken)
                .ConfigureAwait(false);
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return null;
        }
    }

    public async Task<NotifyChannelRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryAsync(Select + " WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<NotifyChannelRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(Select + " ORDER BY name", null, cancellationToken);

    public async Task<WriteOutcome> UpdateAsync(NotifyChannelRecord channel, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(channel);
        const string Update = """
            UPDATE notify_channels SET name = @name, kind = @kind, config = @config, encrypted_secrets = @secrets, enabled = @enabled,
                updated_at = @now
            WHERE id = @id
            """;
        try
        {
            var written = await engine.RunAsync(c => c.ExecuteAsync(
                new CommandDefinition(Update, Parameters(channel), cancellationToken: cancellationToken)), cancellationToken)
                .ConfigureAwait(false);
            return written > 0 ? WriteOutcome.Written : WriteOutcome.NotFound;
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return WriteOutcome.Conflict;
        }
    }

    public async Task<bool> RecordTestAsync(long id, string status, string? message, CancellationToken cancellationToken = default)
    {
        const string Update = """
            UPDATE notify_channels SET last_test_at = @now, last_test_status = @status, last_test_message = @message WHERE id = @id
            """;
        var parameters = new { id, status, message, now = engine.Timestamp(timeProvider.GetUtcNow()) };
        return await engine.RunAsync(c => c.ExecuteAsync(
            new CommandDefinition(Update, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false) > 0;
    }

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        await engine.RunAsync(c => c.ExecuteAsync(new CommandDefinition(
            "DELETE FROM notify_channels WHERE id = @id", new { id }, cancellationToken: cancellationToken)), cancellationToken)
                .ConfigureAwait(false) > 0;

    private object Parameters(NotifyChannelRecord channel) => new
    {
        id = channel.Id,
        name = channel.Name,
        kind = channel.Kind,
        config = channel.Config,
        secrets = channel.EncryptedSecrets,
        enabled = channel.Enabled,
        now = engine.Timestamp(timeProvider.GetUtcNow()),
    };

    private Task<IReadOnlyList<NotifyChannelRecord>> QueryAsync(string sql, object? parameters, CancellationToken cancellationToken) =>
        engine.RunAsync<IReadOnlyList<NotifyChannelRecord>>(
            async c => [.. (await c.QueryAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken))
                .ConfigureAwait(false))
                .Select(row => Map(RowValues.Columns((object)row)))],
            cancellationToken);

    private NotifyChannelRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Text(row, "name"),
        RowValues.Text(row, "kind"),
        RowValues.Text(row, "config"),
        RowValues.NullableText(row, "encrypted_secrets"),
        RowValues.Boolean(row, "enabled"),
        row["last_test_at"] is { } tested ? engine.ReadTimestamp(tested) : null,
        RowValues.NullableText(row, "last_test_status"),
        RowValues.NullableText(row, "last_test_message"),
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));
}
