using Dapper;
using Master.Database.Engines;

namespace Master.Database;

/// <summary>Pings the store with <c>SELECT 1</c> on a pooled connection: the cheapest round trip every engine answers.</summary>
internal sealed class SqlDatabaseProbe(DatabaseEngine engine) : IDatabaseProbe
{
    public Task PingAsync(CancellationToken cancellationToken = default) =>
        engine.RunAsync(
            connection => connection.ExecuteScalarAsync<int>(new CommandDefinition("SELECT 1", cancellationToken: cancellationToken)),
            cancellationToken);
}
