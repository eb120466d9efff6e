using System.Data.Common;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Configurations;

/// <summary>Configurations and their versions, the same SQL on every engine.</summary>
internal sealed class SqlConfigurationRepository(DatabaseEngine engine, TimeProvider timeProvider) : IConfigurationRepository
{
    private const string Select = """
        SELECT id, name, description, current_version, target_labels, created_by, created_at, updated_at FROM configurations
        """;

    private const string SelectVersion = """
        SELECT id, configuration_id, name, version, content, content_hash, note, created_by, created_at FROM configuration_history
        """;

    public async Task<long?> CreateAsync(
        string name, string? description, IReadOnlyDictionary<string, string> targetLabels, string? createdBy,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(targetLabels);
        var insert = engine.InsertReturningId("""
            INSERT INTO configurations (name, description, current_version, target_labels, created_by, created_at, updated_at)
            VALUES (@name, @description, 0, @labels, @createdBy, @now, @now)
            """);
        var parameters = new
        {
            name,
            description,
            labels = RowValues.LabelsJson(targetLabels),
            createdBy,
            now = engine.Timestamp(timeProvider.GetUtcNow()),
        };
        try
        {
            return await engine.RunAsync(
                c => c.ExecuteScalarAsync<long>(new CommandDefinition(insert, parameters, cancellationToken: cancellationToken)),
                cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return null;
        }
    }

    public async Task<ConfigurationRecord?> GetAsync(string name, CancellationToken cancellationToken = default) =>
        (await QueryAsync(Select + " WHERE name = @name", new { name }, Map, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<ConfigurationRecord>> ListAsync(CancellationToken cancellationToken = default) =>
        QueryAsync(Select + " ORDER BY name", null, Map, cancellationToken);

    public async Task<bool> DeleteAsync(string name, CancellationToken cancellationToken = default) =>
        await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(
                "DELETE FROM configurations WHERE name = @name", new { name }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;

    public async Task<WriteOutcome> AppendVersionAsync(
        string name, int version, string content, string contentHash, string? note, string? createdBy,
        CancellationToken cancellationToken = default)
    {
        // Moving current_version first takes the row lock, so racing writers of one version queue and the loser finds
        // the version moved; the unique (name, version) key backs that up.
        const string Advance = """
            UPDATE configurations SET current_version = @version, updated_at = @now WHERE name = @name AND current_version = @previous
            """;
        const string Insert = """
            INSERT INTO configuration_history (configuration_id, name, version, content, content_hash, note, created_by, created_at)
            SELECT id, name, @version, @content, @contentHash, @note, @createdBy, @now FROM configurations WHERE name = @name
            """;
        var parameters = new
        {
            name,
            version,
            previous = version - 1,
            content,
            contentHash,
            note,
            createdBy,
            now = engine.Timestamp(timeProvider.GetUtcNow()),
        };
        return await engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                CommandDefinition Statement(string sql) => new(sql, parameters, transaction, cancellationToken: cancellationToken);
                if (await connection.ExecuteAsync(Statement(Advance)).ConfigureAwait(false) == 0)
                {
                    var exists = await connection.ExecuteScalarAsync<long>(Statement("SELECT COUNT(*) FROM configurations WHERE name = @name"))
                        .ConfigureAwait(false);
                    return exists > 0 ? WriteOutcome.Conflict : WriteOutcome.NotFound;
                }

                try
                {
                    await connection.ExecuteAsync(Statement(Insert)).ConfigureAwait(false);
                }
                catch (DbException exception) when (engine.IsUniqueViolation(exception))
                {
                    return WriteOutcome.Conflict;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return WriteOutcome.Written;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<ConfigurationVersionRecord?> GetVersionAsync(
        string name, int version, CancellationToken cancellationToken = default) =>
        (await QueryAsync(
            SelectVersion + " WHERE name = @name AND version = @version", new { name, version }, MapVersion, cancellationToken)
            .ConfigureAwait(false)).SingleOrDefault();

    public Task<IReadOnlyList<ConfigurationVersionRecord>> ListVersionsAsync(string name, CancellationToken cancellationToken = default) =>
        QueryAsync(SelectVersion + " WHERE name = @name ORDER BY version DESC", new { name }, MapVersion, cancellationToken);

    private async Task<IReadOnlyList<T>> QueryAsync<T>(
        string sql, object? parameters, Func<IDictionary<string, object?>, T> map, CancellationToken cancellationToken)
    {
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(row => map(RowValues.Columns((object)row)))];
    }

    private ConfigurationRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Text(row, "name"),
        RowValues.NullableText(row, "description"),
        RowValues.Int32(row, "current_version"),
        RowValues.Labels(row, "target_labels"),
        RowValues.NullableText(row, "created_by"),
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));

    private ConfigurationVersionRecord MapVersion(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Int64(row, "configuration_id"),
        RowValues.Text(row, "name"),
        RowValues.Int32(row, "version"),
        RowValues.Text(row, "content"),
        RowValues.Text(row, "content_hash"),
        RowValues.NullableText(row, "note"),
        RowValues.NullableText(row, "created_by"),
        engine.ReadTimestamp(row["created_at"]!));
}
