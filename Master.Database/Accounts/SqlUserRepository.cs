using System.Data.Common;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Accounts;

/// <summary>User accounts on the <c>users</c> table, the same SQL on every engine.</summary>
internal sealed class SqlUserRepository(DatabaseEngine engine, TimeProvider timeProvider) : IUserRepository
{
    private const string Select = """
        SELECT id, username, display_name, password_hash, role, is_active, last_login_at, created_at, updated_at FROM users
        """;

    public async Task<long?> CreateAsync(
        string username, string displayName, string passwordHash, string role, CancellationToken cancellationToken = default)
    {
        var insert = engine.InsertReturningId("""
            INSERT INTO users (username, display_name, password_hash, role, is_active, created_at, updated_at)
            VALUES (@username, @displayName, @passwordHash, @role, @active, @now, @now)
            """);
        var now = engine.Timestamp(timeProvider.GetUtcNow());
        try
        {
            return await engine.RunAsync(
                c => c.ExecuteScalarAsync<long>(new CommandDefinition(
                    insert, new { username, displayName, passwordHash, role, active = true, now }, cancellationToken: cancellationToken)),
                cancellationToken).ConfigureAwait(false);
        }
        catch (DbException exception) when (engine.IsUniqueViolation(exception))
        {
            return null;
        }
    }

    public Task<UserRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        SingleAsync(Select + " WHERE id = @id", new { id }, cancellationToken);

    public Task<UserRecord?> GetByUsernameAsync(string username, CancellationToken cancellationToken = default) =>
        SingleAsync(Select + " WHERE username = @username", new { username }, cancellationToken);

    public async Task<IReadOnlyList<UserRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(Select + " ORDER BY username", cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns(row)))];
    }

    public Task<bool> UpdateRoleAsync(long id, string role, CancellationToken cancellationToken = default) =>
        UpdateAsync("role = @value", id, role, cancellationToken);

    public Task<bool> UpdatePasswordHashAsync(long id, string passwordHash, CancellationToken cancellationToken = default) =>
        UpdateAsync("password_hash = @value", id, passwordHash, cancellationToken);

    public Task<bool> RecordLoginAsync(long id, CancellationToken cancellationToken = default) =>
        UpdateAsync("last_login_at = @now", id, null, cancellationToken);

    public Task<bool> DisableAsync(long id, CancellationToken cancellationToken = default) =>
        UpdateAsync("is_active = @value", id, false, cancellationToken);

    public async Task<bool> DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition("DELETE FROM users WHERE id = @id", new { id }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;

    /// <summary>Sets one column (<paramref name="assignment"/> is a constant of this class) and the update time.</summary>
    private async Task<bool> UpdateAsync(string assignment, long id, object? value, CancellationToken cancellationToken)
    {
        var now = engine.Timestamp(timeProvider.GetUtcNow());
        return await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(
                $"UPDATE users SET {assignment}, updated_at = @now WHERE id = @id", new { id, value, now }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;
    }

    private async Task<UserRecord?> SingleAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var row = await engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
        return row is null ? null : Map(RowValues.Columns(row));
    }

    private UserRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Text(row, "username"),
        RowValues.Text(row, "display_name"),
        RowValues.Text(row, "password_hash"),
        RowValues.Text(row, "role"),
        RowValues.Boolean(row, "is_active"),
        row["last_login_at"] is { } login ? engine.ReadTimestamp(login) : null,
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));
}
