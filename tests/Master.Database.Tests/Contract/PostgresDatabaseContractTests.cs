using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public sealed class PostgresDatabaseContractTests : DatabaseContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => PostgresTestDatabase.CreateAsync();
}
