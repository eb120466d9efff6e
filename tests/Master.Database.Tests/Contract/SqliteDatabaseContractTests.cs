using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public sealed class SqliteDatabaseContractTests : DatabaseContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => SqliteTestDatabase.CreateAsync();
}
