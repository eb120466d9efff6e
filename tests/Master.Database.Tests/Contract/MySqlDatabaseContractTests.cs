using Master.Database.Tests.Support;

namespace Master.Database.Tests.Contract;

public sealed class MySqlDatabaseContractTests : DatabaseContractTests
{
    private protected override Task<TestDatabase> CreateDatabaseAsync() => MySqlTestDatabase.CreateAsync();
}
