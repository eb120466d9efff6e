using System.Data.Common;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Accounts;

/// <summary>User accounts on the <c>users</c> table, the same SQL on every engine.</summary>
internal sealed class SqlUserRepository(DatabaseEngine engine, TimeProvider timeProvider) : IUserRepository
{
    private const string AdminRole = "admin";

    private const string Select = """
        SELECT id, username, display_name, email, password_hash, role, is_active, last_login_at, created_at, updated_at FROM users
        """;

    public async Task<long?> CreateAsync(
        string username, string displayName, string email, string passwordHash, string role,
        CancellationToken cancellationToken = default)
    {
        var insert = engine.InsertReturningId("""
            INSERT INTO users (username, display_name, email, password_hash, role, is_active, created_at, updated_at)
            VALUES (@username, @displayName, @email, @passwordHash, @role, @active, @now, @now)
            """);
        var now = engine.Timestamp(timeProvider.GetUtcNow());
        try
        {
            return await engine.RunAsync(
                c => c.ExecuteScalarAsync<long>(new CommandDefinition(
                    insert, new { username, displayName, email, passwordHash, role, active = true, now }, cancellationToken: cancellationToken)),
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

    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        engine.RunAsync(
            c => c.ExecuteScalarAsync<int>(new CommandDefinition("SELECT COUNT(*) FROM users", cancellationToken: cancellationToken)),
            cancellationToken);

    public Task<UserWriteResult> UpdateAsync(long id, UserChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);

        // The assignments are constants of this class; only the values come from the caller, as parameters.
        var assignments = new List<string>();
        var parameters = new DynamicParameters(new { id, now = engine.Timestamp(timeProvider.GetUtcNow()) });
        Assign(assignments, parameters, "role", change.Role);
        Assign(assignments, parameters, "is_active", change.IsActive);
        Assign(assignments, parameters, "display_name", change.DisplayName);
        Assign(assignments, parameters, "email", change.Email);
        Assign(assignments, parameters, "password_hash", change.PasswordHash);
        assignments.Add("updated_at = @now");
        var update = $"UPDATE users SET {string.Join(", ", assignments)} WHERE id = @id";
        return WriteGuardedAsync(
            id,
            current => (change.Role ?? current.Role) == AdminRole && (change.IsActive ?? current.IsActive),
            update,
            parameters,
            cancellationToken);
    }

    public async Task<bool> RecordLoginAsync(long id, CancellationToken cancellationToken = default)
    {
        var parameters = new { id, now = engine.Timestamp(timeProvider.GetUtcNow()) };
        return await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(
                "UPDATE users SET last_login_at = @now, updated_at = @now WHERE id = @id", parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;
    }

    // The user's tokens go with it: tokens.user_id cascades on delete.
    public Task<UserWriteResult> DeleteAsync(long id, CancellationToken cancellationToken = default) =>
        WriteGuardedAsync(id, static _ => false, "DELETE FROM users WHERE id = @id", new DynamicParameters(new { id }), cancellationToken);

    private static void Assign(List<string> assignments, DynamicParameters parameters, string column, object? value)
    {
        if (value is not null)
        {
            assignments.Add($"{column} = @{column}");
            parameters.Add(column, value);
        }
    }

    /// <summary>
    /// Runs <paramref name="write"/> on user <paramref name="id"/> unless the user is an active admin now, would not be
    /// one after the write (<paramref name="adminAfter"/>), and no other active admin exists. The target and every active
    /// admin are locked first, in one statement and in id order, so two concurrent writes queue on the same rows: the
    /// second one then reads what the first committed and counts the admins that are left.
    /// </summary>
    private Task<UserWriteResult> WriteGuardedAsync(
        long id, Func<(string Role, bool IsActive), bool> adminAfter, string write, DynamicParameters parameters,
        CancellationToken cancellationToken) =>
        engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                var locking = engine.LockingSelect(
                    "SELECT id, role, is_active FROM users WHERE id = @id OR (role = @admin AND is_active = @active) ORDER BY id");
                var rows = await connection.QueryAsync(new CommandDefinition(
                    locking, new { id, admin = AdminRole, active = true }, transaction, cancellationToken: cancellationToken)).ConfigureAwait(false);
                var locked = rows.Select(row => RowValues.Columns(row))
                    .Select(row => (Id: RowValues.Int64(row, "id"), Role: RowValues.Text(row, "role"), IsActive: RowValues.Boolean(row, "is_active")))
                    .ToList();
                var at = locked.FindIndex(row => row.Id == id);
                if (at < 0)
                {
                    return UserWriteResult.NotFound;
                }

                var target = locked[at];
                var adminNow = target.Role == AdminRole && target.IsActive;
                if (adminNow && !adminAfter((target.Role, target.IsActive)) && locked.Count(row => row.Role == AdminRole && row.IsActive) == 1)
                {
                    return UserWriteResult.LastAdmin;
                }

                await connection.ExecuteAsync(new CommandDefinition(write, parameters, transaction, cancellationToken: cancellationToken))
                    .ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return UserWriteResult.Done;
            },
            cancellationToken);

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
        RowValues.Text(row, "email"),
        RowValues.Text(row, "password_hash"),
        RowValues.Text(row, "role"),
        RowValues.Boolean(row, "is_active"),
        row["last_login_at"] is { } login ? engine.ReadTimestamp(login) : null,
        engine.ReadTimestamp(row["created_at"]!),
        engine.ReadTimestamp(row["updated_at"]!));
}
