using Master.Testing.Servers;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Master.DataHub.Redis.Tests;

/// <summary>
/// Builds Redis hubs on the test server (<c>MASTER_TEST_REDIS</c>), each set under a fresh key prefix so that tests never
/// see each other's keys, and deletes those keys afterwards.
/// </summary>
internal sealed class RedisHubs : IAsyncDisposable
{
    private readonly List<RedisDataHub> _hubs = [];
    private readonly List<string> _prefixes = [];

    public RedisHubs(string? endpoint = null)
    {
        Endpoint = endpoint ?? TestServers.Require(TestServers.RedisVariable);
    }

    public string Endpoint { get; }

    /// <summary>A key prefix no other test uses.</summary>
    public string NewPrefix()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        _prefixes.Add(prefix);
        return prefix;
    }

    /// <summary>A connected hub (not started) on <paramref name="prefix"/>; hubs on one prefix share their state.</summary>
    public async Task<RedisDataHub> CreateAsync(
        TimeProvider time, DataHubOptions options, string prefix, int terminalCommandRetention = RedisDataHub.DefaultTerminalCommandRetention,
        TimeSpan? operationTimeout = null)
    {
        var hub = Create(time, options, prefix, operationTimeout ?? TimeSpan.FromSeconds(5), terminalCommandRetention);
        await hub.ConnectAsync();
        return hub;
    }

    /// <summary>A hub that has not tried to connect yet, for a server that may be down.</summary>
    public RedisDataHub CreateUnconnected(TimeProvider time, DataHubOptions options, string prefix, TimeSpan operationTimeout) =>
        Create(time, options, prefix, operationTimeout, RedisDataHub.DefaultTerminalCommandRetention);

    private RedisDataHub Create(TimeProvider time, DataHubOptions options, string prefix, TimeSpan operationTimeout, int terminalCommandRetention)
    {
        var redisOptions = new RedisDataHubOptions { Configuration = Endpoint, Prefix = prefix, OperationTimeout = operationTimeout };
        var hub = new RedisDataHub(
            Options.Create(options), Options.Create(redisOptions), time, NullLogger.Instance, terminalCommandRetention);
        _hubs.Add(hub);
        return hub;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var hub in _hubs)
        {
            await hub.DisposeAsync();
        }

        _hubs.Clear();
        if (_prefixes.Count == 0)
        {
            return;
        }

        await using var connection = await ConnectionMultiplexer.ConnectAsync(Endpoint + ",allowAdmin=true,abortConnect=false");
        if (!connection.IsConnected)
        {
            return; // The server was stopped by the test; its keys went with it.
        }

        var server = connection.GetServers()[0];
        var database = connection.GetDatabase();
        foreach (var prefix in _prefixes)
        {
            await foreach (var key in server.KeysAsync(pattern: prefix + "*", pageSize: 1000))
            {
                await database.KeyDeleteAsync(key);
            }
        }
    }
}
