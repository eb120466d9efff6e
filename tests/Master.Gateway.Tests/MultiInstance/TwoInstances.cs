using Master.Gateway.Tests.Support;
using Master.Testing.Servers;

namespace Master.Gateway.Tests.MultiInstance;

/// <summary>
/// Two Master instances as a deployment runs them: one Redis hub (a fresh key prefix) and one relational store (a SQLite
/// file in a shared data folder, which also gives both the same secret key and first administrator).
/// </summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    private readonly string _dataDirectory = Path.Combine(Path.GetTempPath(), "master-two-instances-" + Guid.NewGuid().ToString("N"));
    private readonly Dictionary<string, string> _settings;
    private readonly List<GatewayFactory> _instances = [];

    private TwoInstances(string redisEndpoint)
    {
        Directory.CreateDirectory(_dataDirectory);
        _settings = new Dictionary<string, string>
        {
            ["MASTER_DATAHUB_TYPE"] = "redis",
            ["MASTER_REDIS_ADDR"] = redisEndpoint,
            ["MASTER_REDIS_PREFIX"] = $"test:{Guid.NewGuid():N}:",
        };
    }

    public GatewayFactory A { get; private set; } = null!;

    public GatewayFactory B { get; private set; } = null!;

    /// <summary>Starts A, then B, on the Redis server at <paramref name="redisEndpoint"/> (by default the test server).</summary>
    public static TwoInstances Start(string? redisEndpoint = null)
    {
        var instances = new TwoInstances(redisEndpoint ?? TestServers.Require(TestServers.RedisVariable));
        instances.A = instances.StartInstance();
        instances.B = instances.StartInstance();
        return instances;
    }

    /// <summary>A further instance of the same deployment.</summary>
    public GatewayFactory StartInstance()
    {
        var instance = new GatewayFactory(_settings, dataDirectory: _dataDirectory);
        _instances.Add(instance);
        return instance;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
