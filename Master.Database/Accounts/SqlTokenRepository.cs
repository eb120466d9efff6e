using System.Data.Common;
using Dapper;
using Master.Database.Engines;
using Master.Database.Registry;

namespace Master.Database.Accounts;

/// <summary>Sessions and API keys on the <c>tokens</c> table, the same SQL on every engine.</summary>
internal sealed class SqlTokenRepository(DatabaseEngine engine, TimeProvider timeProvider) : ITokenRepository
{
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

    public async Task<TokenRecord?> FindValidByHashAsync(string tokenHash, CancellationToken cancellationToken = default)
    {
        var parameters = new { tokenHash, now = engine.Timestamp(timeProvider.GetUtcNow()) };
        var row = await engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync(new CommandDefinition(
                Select + " WHERE token_hash = @tokenHash AND (expires_at IS NULL OR expires_at > @now)", parameters,
                cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return row is null ? null : Map(RowValues.Columns(row));
    }

    public async Task<IReadOnlyList<TokenRecord>> ListForUserAsync(long userId, CancellationToken cancellationToken = default)
    {
        var rows = await engine.RunAsync(
            c => c.QueryAsync(new CommandDefinition(
                Select + " WHERE user_id = @userId ORDER BY id", new { userId }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return [.. rows.Select(row => Map(RowValues.Columns(row)))];
    }

    public async Task<bool> TouchAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("UPDATE tokens SET last_used_at = @now WHERE id = @id", id, cancellationToken).ConfigureAwait(false) > 0;

    public async Task<bool> RevokeAsync(long id, CancellationToken cancellationToken = default) =>
        await ExecuteAsync("DELETE FROM tokens WHERE id = @id", id, cancellationToken).ConfigureAwait(false) > 0;

    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM tokens WHERE expires_at <= @now", 0, cancellationToken);

    private static string KindText(TokenKind kind) => kind == TokenKind.ApiKey ? "api_key" : "session";

    private static TokenKind ParseKind(string text) => text == "api_key" ? TokenKind.ApiKey : TokenKind.Session;

    private Task<int> ExecuteAsync(string sql, long id, CancellationToken cancellationToken)
    {
        var parameters = new { id, now = engine.Timestamp(timeProvider.GetUtcNow()) };
        return engine.RunAsync(c => c.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken)), cancellationToken);
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
