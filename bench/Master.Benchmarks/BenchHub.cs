using Master.DataHub.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;

namespace Master.Benchmarks;

/// <summary>
/// The DataHub a benchmark runs on: <c>memory</c>, or <c>redis</c> on the server of <c>MASTER_TEST_REDIS</c>
/// (<c>source tests/servers/start.sh</c>) under a key prefix of its own, deleted when disposed. Several service
/// collections given one <see cref="BenchHub"/> share one Redis state, as several Master instances do.
/// </summary>
internal sealed class BenchHub(string kind) : IAsyncDisposable
{
    public const string Memory = "memory";
    public const string Redis = "redis";

    private readonly string _prefix = $"bench:{Guid.NewGuid():N}:";

    private static string Endpoint => Environment.GetEnvironmentVariable("MASTER_TEST_REDIS")
        ?? throw new InvalidOperationException("MASTER_TEST_REDIS is not set; source tests/servers/start.sh first");

    /// <summary>Registers the hub in <paramref name="services"/>.</summary>
    public void AddTo(IServiceCollection services)
    {
        var hub = services.AddDataHub();
        if (kind == Redis)
        {
            services.TryAddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
            hub.AddRedisDataHub();
            services.Configure<RedisDataHubOptions>(options =>
            {
                options.Configuration = Endpoint;
                options.Prefix = _prefix;
            });
        }
        else
        {
            hub.AddMemoryDataHub();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (kind != Redis)
        {
            return;
        }

        await using var connection = await ConnectionMultiplexer.ConnectAsync(Endpoint);
        var database = connection.GetDatabase();
        await foreach (var key in connection.GetServers()[0].KeysAsync(pattern: _prefix + "*", pageSize: 1000))
        {
            await database.KeyDeleteAsync(key);
        }
    }
}
