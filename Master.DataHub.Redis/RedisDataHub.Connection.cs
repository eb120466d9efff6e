using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using StackExchange.Redis;

namespace Master.DataHub.Redis;

// One multiplexer per instance; it reconnects by itself and restores the two subscriptions after an outage.
internal sealed partial class RedisDataHub
{
    /// <summary>
    /// Opens the connection and subscribes to the change feed and the wake-ups, once; until that succeeds every call tries
    /// again, so an instance started while Redis is down comes up by itself when it is back.
    /// </summary>
    internal async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (Volatile.Read(ref _subscribed))
        {
            return _connection!;
        }

        await _connectGate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (_subscribed)
            {
                return _connection!;
            }

            _connection ??= await GuardAsync(OpenAsync).ConfigureAwait(false);
            var subscriber = _connection.GetSubscriber();
            await WaitForSubscriptionConnectionAsync(subscriber).ConfigureAwait(false);
            await GuardAsync(async () =>
            {
                (await subscriber.SubscribeAsync(_keys.Changes).ConfigureAwait(false)).OnMessage(OnChangeMessage);
                (await subscriber.SubscribeAsync(_keys.Wake).ConfigureAwait(false)).OnMessage(OnWakeMessage);

                // Loaded scripts are then sent as EVALSHA, not as their whole text on every call.
                var server = _connection.GetServers()[0];
                foreach (var script in RedisScripts.All)
                {
                    await server.ScriptLoadAsync(script).ConfigureAwait(false);
                }

                return true;
            }).ConfigureAwait(false);
            Volatile.Write(ref _subscribed, true);
            SetFeedLive(true);
            return _connection;
        }
        finally
        {
            _connectGate.Release();
        }
    }

    /// <summary>
    /// Right after the multiplexer opens, its subscription connection may still be shaking hands while the interactive one
    /// is up, and with <see cref="BacklogPolicy.FailFast"/> a SUBSCRIBE then fails at once; a reachable server gets the
    /// operation timeout to finish. An unreachable one is not waited for: the subscribe fails and the caller answers 503.
    /// </summary>
    private async Task WaitForSubscriptionConnectionAsync(ISubscriber subscriber)
    {
        var started = Stopwatch.GetTimestamp();
        while (_connection!.IsConnected && !subscriber.IsConnected(_keys.Changes)
            && Stopwatch.GetElapsedTime(started) < _redisOptions.OperationTimeout)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(10)).ConfigureAwait(false);
        }
    }

    private async Task<IDatabase> DatabaseAsync() => (await ConnectAsync().ConfigureAwait(false)).GetDatabase();

    private async Task<ConnectionMultiplexer> OpenAsync()
    {
        var configuration = ConfigurationOptions.Parse(_redisOptions.Configuration);
        configuration.AbortOnConnectFail = false;

        // Fail at once while disconnected instead of queueing calls until the timeout: callers answer 503, agents retry.
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        configuration.DefaultDatabase = _redisOptions.Database;
        configuration.ClientName = "master-" + InstanceId[..8];
        var timeout = (int)_redisOptions.OperationTimeout.TotalMilliseconds;
        configuration.ConnectTimeout = timeout;
        configuration.SyncTimeout = timeout;
        configuration.AsyncTimeout = timeout;
        if (!string.IsNullOrEmpty(_redisOptions.Password))
        {
            configuration.Password = _redisOptions.Password;
        }

        var connection = await ConnectionMultiplexer.ConnectAsync(configuration).ConfigureAwait(false);
        connection.ConnectionFailed += OnConnectionFailed;
        connection.ConnectionRestored += OnConnectionRestored;
        return connection;
    }

    private void OnConnectionFailed(object? sender, ConnectionFailedEventArgs e)
    {
        _logger.ConnectionLost(e.ConnectionType, e.FailureType, e.Exception);
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            SetFeedLive(false);
        }
        else
        {
            var message = $"The connection to Redis failed: {e.FailureType}.";
            FailAllWaiters(e.Exception is null ? new DataHubUnavailableException(message) : new DataHubUnavailableException(message, e.Exception));
        }
    }

    private void OnConnectionRestored(object? sender, ConnectionFailedEventArgs e)
    {
        _logger.ConnectionRestored(e.ConnectionType);
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            SetFeedLive(true);
        }

        // Wake-ups sent while the connection was down are lost; look at every queue a poll is held for.
        _ = RecheckHeldPollsAsync();
    }

    /// <summary>Runs one Redis call, turning a connection failure or a timeout into <see cref="DataHubUnavailableException"/>.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "Filtered to Redis connectivity failures.")]
    private static async Task<T> GuardAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (Exception exception) when (IsUnavailable(exception))
        {
            throw new DataHubUnavailableException($"Redis is unreachable: {exception.Message}", exception);
        }
    }

    /// <summary>
    /// Runs a script on this hub's keys with the prefix and the clock as its first two arguments, and returns once this
    /// instance's subscribers have the changes it published, as with the memory hub: a caller that wrote and then reads
    /// the feed sees its own change.
    /// </summary>
    private async Task<RedisResult> RunAsync(string script, DateTimeOffset now, params RedisValue[] arguments)
    {
        var database = await DatabaseAsync().ConfigureAwait(false);
        var values = new RedisValue[arguments.Length + 2];
        values[0] = _redisOptions.Prefix;
        values[1] = RedisTime.Format(now);
        arguments.CopyTo(values, 2);
        var reply = (RedisResult[])(await GuardAsync(() => database.ScriptEvaluateAsync(script, keys: null, values)).ConfigureAwait(false))!;
        if (!reply[0].IsNull)
        {
            await WaitForOwnChangeAsync((long)reply[0]).ConfigureAwait(false);
        }

        return reply[1];
    }

    private static bool IsUnavailable(Exception exception) => exception switch
    {
        RedisConnectionException or RedisTimeoutException or TimeoutException or ObjectDisposedException => true,
        RedisServerException server => server.Message.StartsWith("LOADING", StringComparison.Ordinal)
            || server.Message.StartsWith("READONLY", StringComparison.Ordinal)
            || server.Message.StartsWith("MASTERDOWN", StringComparison.Ordinal),
        _ => false,
    };
}
