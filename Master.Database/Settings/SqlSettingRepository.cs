using Dapper;
using Master.Database.Engines;

namespace Master.Database.Settings;

/// <summary>Key/value settings on the <c>settings</c> table, the same SQL on every engine.</summary>
internal sealed class SqlSettingRepository(DatabaseEngine engine, TimeProvider timeProvider) : ISettingRepository
{
    private readonly string _upsert = engine.Upsert("settings", ["setting_key", "setting_value", "updated_at"], ["setting_key"]);

    public Task<string?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        engine.RunAsync(
            c => c.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
                "SELECT setting_value FROM settings WHERE setting_key = @key", new { key }, cancellationToken: cancellationToken)),
            cancellationToken);

    public async Task SetAsync(string key, string value, CancellationToken cancellationToken = default)
    {
        var parameters = new { setting_key = key, setting_value = value, updated_at = engine.Timestamp(timeProvider.GetUtcNow()) };
        await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(_upsert, parameters, cancellationToken: cancellationToken)), cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyDictionary<string, string>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await engine.RunAsync(
            c => c.QueryAsync<(string Key, string Value)>(new CommandDefinition(
                "SELECT setting_key, setting_value FROM settings ORDER BY setting_key", cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false);
        return rows.ToDictionary(row => row.Key, row => row.Value, StringComparer.Ordinal);
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await engine.RunAsync(
            c => c.ExecuteAsync(new CommandDefinition(
                "DELETE FROM settings WHERE setting_key = @key", new { key }, cancellationToken: cancellationToken)),
            cancellationToken).ConfigureAwait(false) > 0;
}
