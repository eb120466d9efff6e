using Master.Testing.DataHub;

namespace Master.DataHub.Redis.Tests;

/// <summary>The contract every hub passes, against a real Redis server.</summary>
[TestFixture]
public sealed class RedisDataHubContractTests : DataHubContractTests
{
    private RedisHubs _hubs = null!;

    // Once per fixture: NUnit runs the base class's SetUp, which creates the hub, before a derived one.
    [OneTimeSetUp]
    public void CreateHubFactory() => _hubs = new RedisHubs();

    [OneTimeTearDown]
    public async Task DeleteKeysAsync() => await _hubs.DisposeAsync();

    protected override async Task<IDataHub> CreateHubAsync(TimeProvider time, DataHubOptions options) =>
        await _hubs.CreateAsync(time, options, _hubs.NewPrefix());
}
