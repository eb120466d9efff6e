using System.Data.Common;
using System.Globalization;
using System.Text;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Accounts;

/// <summary>Sessions and API keys on the <c>tokens</c> table, the same SQL on every engine.</summary>
internal sealed class SqlTokenRepository(DatabaseEngine engine, TimeProvider timeProvider) : ITokenRepository
{
    /// <summary>The most tokens one statement of <see cref="TouchManyAsync"/> updates: two parameters each.</summary>
    public const int TouchBatchSize = 500;

    private const string Select = "SELECT id, user_id, kind, name, token_hash, expires_at, last_used_at, created_at FROM tokens";

    public async Task<long?> CreateAsync(
        long userId, TokenKind kind, string name, string tokenHash, DateTimeOffset? expiresAt,
        CancellationToken cancellationToken = default)
    {
        var insert = engine.InsertReturningId("""
            INSERT INTO tokens (user_id, kind, name, token_hash, expires_at, created_at)
            VALUES (@userId, @kind, @name, @tokenHash, @expiresAt, @now)
            """);
        var parameters = new
        {
            userId,
            kind = KindText(kind),
            name,
            tokenHash,
            expiresAt = expiresAt is { } expiry ? engine.Timestamp(expiry) : null,
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

    public Task<TokenRecord?> FindByHashAsync(string tokenHash, CancellationToken cancellationToken = default) =>
        SingleAsync(Select + " WHERE token_hash = @tokenHash", new { tokenHash }, cancellationToken);

    public Task<TokenRecord?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        SingleAsync(Select + " WHERE id = @id", new { id }, cancellationToken);

    public async Task<IReadOnlyList<TokenRecord>> ListForUserAsync(
        long userId, TokenKind? kind = null, CancellationToken cancellationToken = default)
    {
        var where = new SqlWhere(engine).Equal("user_id", userId).Equal("kind", kind is { } k ? KindText(k) : null);
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(
                Select + where.Clause + " ORDER BY id", where.Parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns(row)))];
    }

    public async Task TouchManyAsync(IReadOnlyDictionary<long, DateTimeOffset> lastUsed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lastUsed);
        if (lastUsed.Count == 0)
        {
            return;
        }

        // In id order, so that two writers batch the same tokens alike and lock them in the same order, never crosswise.
        var entries = lastUsed.OrderBy(e => e.Key).ToList();
        await engine.InTransactionAsync(
            async (connection, transaction) =>
            {
                for (var start = 0; start < entries.Count; start += TouchBatchSize)
                {
                    var (sql, parameters) = TouchSql(entries, start, Math.Min(TouchBatchSize, entries.Count - start));
                    await connection.ExecuteAsync(new CommandDefinition(sql, parameters, transaction, cancellationToken: cancellationToken))
                        .ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM tokens WHERE id = @id", new { id }, cancellationToken).ConfigureAwait(false) > 0;

    public Task<int> RevokeForUserAsync(long userId, TokenKind? kind = null, CancellationToken cancellationToken = default)
    {
        var where = new SqlWhere(engine).Equal("user_id", userId).Equal("kind", kind is { } k ? KindText(k) : null);
        return ExecuteAsync("DELETE FROM tokens" + where.Clause, where.Parameters, cancellationToken);
    }

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM tokens WHERE expires_at <= @now", new { now = engine.Timestamp(timeProvider.GetUtcNow()) }, cancellationToken);

    private static string KindText(TokenKind kind) => kind == TokenKind.ApiKey ? "api_key" : "session";

    private static TokenKind ParseKind(string text) => text == "api_key" ? TokenKind.ApiKey : TokenKind.Session;

    /// <summary>
    /// One <c>UPDATE</c> of <paramref name="count"/> tokens, each id mapped to its time by a <c>CASE</c>: one round trip
    /// on every engine, where a statement per token would cost one each on the server engines. The time is written only
    /// over none or an older one.
    /// </summary>
    private (string Sql, DynamicParameters Parameters) TouchSql(List<KeyValuePair<long, DateTimeOffset>> entries, int start, int count)
    {
        var parameters = new DynamicParameters();
        var ids = new StringBuilder();
        var times = new StringBuilder("CASE id");
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            ids.Append(i == 0 ? "@id" : ", @id").Append(n);
            times.Append(" WHEN @id").Append(n).Append(" THEN @at").Append(n);
            parameters.Add("id" + n, entries[start + i].Key);
            parameters.Add("at" + n, engine.Timestamp(entries[start + i].Value));
        }

        var time = times.Append(" END").ToString();
        var sql = $"UPDATE tokens SET last_used_at = {time} WHERE id IN ({ids}) AND (last_used_at IS NULL OR last_used_at < {time})";
        return (sql, parameters);
    }

    private Task<int> ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken) =>
        engine.RunAsync(c => c.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken);

    private async Task<TokenRecord?> SingleAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        var row = await engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return row is null ? null : Map(RowValues.Columns(row));
    }

    private TokenRecord Map(IDictionary<string, object?> row) => new(
        RowValues.Int64(row, "id"),
        RowValues.Int64(row, "user_id"),
        ParseKind(RowValues.Text(row, "kind")),
        RowValues.Text(row, "name"),
        RowValues.Text(row, "token_hash"),
        row["expires_at"] is { } expiry ? engine.ReadTimestamp(expiry) : null,
        row["last_used_at"] is { } used ? engine.ReadTimestamp(used) : null,
        engine.ReadTimestamp(row["created_at"]!));
}
