using Dapper;
using Master.Database.Engines;

namespace Master.Database.Tests.Support;

/// <summary>The tables, columns and indexes of a database as the engine's own catalogue lists them.</summary>
internal static class SchemaCatalogue
{
    public static async Task<IReadOnlyList<string>> ColumnsAsync(DatabaseEngine engine)
    {
        var sql = engine.Type switch
        {
            DatabaseType.Sqlite => """
                SELECT m.name AS table_name, p.name AS column_name
                FROM sqlite_master m JOIN pragma_table_info(m.name) p
                WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite!_%' ESCAPE '!'
                """,
            DatabaseType.Postgres =>
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()",
            _ => "SELECT table_name AS table_name, column_name AS column_name FROM information_schema.columns WHERE table_schema = DATABASE()",
        };
        await using var connection = await engine.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string Table, string Column)>(sql);
        return [.. rows.Select(r => $"{r.Table}.{r.Column}").Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Every index as <c>table.index</c>. The engines name the indexes of keys and constraints each their own way, so only
    /// the named indexes of the schema compare across engines.
    /// </summary>
    public static async Task<IReadOnlyList<string>> IndexesAsync(DatabaseEngine engine)
    {
        var sql = engine.Type switch
        {
            DatabaseType.Sqlite => "SELECT tbl_name AS table_name, name AS index_name FROM sqlite_master WHERE type = 'index'",
            DatabaseType.Postgres =>
                "SELECT tablename AS table_name, indexname AS index_name FROM pg_indexes WHERE schemaname = current_schema()",
            _ => """
                SELECT DISTINCT table_name AS table_name, index_name AS index_name
                FROM information_schema.statistics WHERE table_schema = DATABASE()
                """,
        };
        await using var connection = await engine.OpenConnectionAsync();
        var rows = await connection.QueryAsync<(string Table, string Index)>(sql);
        return [.. rows.Select(r => $"{r.Table}.{r.Index}").Order(StringComparer.Ordinal)];
    }

    public static async Task<IReadOnlyList<string>> TablesAsync(DatabaseEngine engine) =>
        [.. (await ColumnsAsync(engine)).Select(c => c[..c.IndexOf('.', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal)];
}
