using Microsoft.Data.Sqlite;

namespace Master.Database.Tests.Support;

/// <summary>A SQLite file in the temp folder, deleted with its -wal and -shm files.</summary>
internal sealed class SqliteTestDatabase() : TestDatabase(new DatabaseOptions
{
    Type = DatabaseType.Sqlite,
    Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), UniqueName() + ".db"),
})
{
    public static Task<TestDatabase> CreateAsync() => Task.FromResult<TestDatabase>(new SqliteTestDatabase());

    protected override Task DropAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(Options.Path + suffix);
        }

        return Task.CompletedTask;
    }
}
