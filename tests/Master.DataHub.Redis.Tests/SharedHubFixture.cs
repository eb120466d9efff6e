using Master.DataHub.Commands;
using Master.Testing.DataHub;
using Microsoft.Extensions.Time.Testing;

namespace Master.DataHub.Redis.Tests;

/// <summary>Two hubs on one server and prefix, as two Master instances behind a load balancer, on one fake clock.</summary>
public abstract class SharedHubFixture
{
    private RedisHubs _hubs = null!;

    protected FakeTimeProvider Time { get; private set; } = null!;

    /// <summary>The first instance.</summary>
    private protected RedisDataHub A { get; private set; } = null!;

    /// <summary>The second instance, sharing A's state.</summary>
    private protected RedisDataHub B { get; private set; } = null!;

    protected string Prefix { get; private set; } = null!;

    protected static DataHubOptions Options => new()
    {
        HeartbeatTimeout = TimeSpan.FromSeconds(45),
        LivenessCheckInterval = TimeSpan.FromSeconds(1),
        ChangeFeedCapacity = 1024,
    };

    [SetUp]
    public async Task CreateHubsAsync()
    {
        Time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        _hubs = CreateHubFactory();
        Prefix = _hubs.NewPrefix();
        A = await _hubs.CreateAsync(Time, Options, Prefix);
        B = await _hubs.CreateAsync(Time, Options, Prefix);
    }

    [TearDown]
    public async Task DisposeHubsAsync() => await _hubs.DisposeAsync();

    /// <summary>Another instance on the same state, torn down with the test.</summary>
    private protected Task<RedisDataHub> CreateInstanceAsync() => _hubs.CreateAsync(Time, Options, Prefix);

    private protected virtual RedisHubs CreateHubFactory() => new();

    protected Command NewCommand(string clusterId = "c1", string? source = "web") => TestCommands.New(Time.GetUtcNow(), clusterId, source) with
    {
        Action = "scale",
        Namespace = "shop",
        Params = System.Text.Json.JsonDocument.Parse("""{"replicas":3}""").RootElement,
    };

    protected CommandResult Result(string commandId, bool success = true) =>
        new(commandId, success, "scaled", success ? null : "failed", 1_234_567, Time.GetUtcNow(), Time.GetUtcNow());
}
