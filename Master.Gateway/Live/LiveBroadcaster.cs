using System.Collections.Concurrent;
using System.Net.WebSockets;
using Master.DataHub;
using Master.DataHub.Changes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Master.Gateway.Live;

/// <summary>
/// Follows the hub's change feed once for every live client: each change is serialised once and offered to every
/// connection, which keeps what its client subscribed to. Offering never waits, so the feed cannot fall behind because of
/// a client; if it falls behind anyway, every client missed changes and is closed to reconnect and re-read state.
/// </summary>
internal sealed class LiveBroadcaster(
    IDataHub hub,
    LiveFrames frames,
    LiveMetrics metrics,
    IOptions<LiveOptions> options,
    IHostApplicationLifetime lifetime) : BackgroundService
{
    // A failing feed is retried at this pace rather than in a hot loop. Wall-clock time, like every socket timeout here.
    private static readonly TimeSpan RetryDelay = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<LiveConnection, byte> _connections = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly LiveOptions _options = options.Value;
    private IAsyncEnumerator<Change>? _firstSubscription;

    /// <summary>Serves one accepted WebSocket until it ends; everything the connection holds is released on return.</summary>
    public async Task ServeAsync(WebSocket socket, CancellationToken requestAborted)
    {
        using var connection = new LiveConnection(socket, frames, _options, metrics);
        using var stopping = lifetime.ApplicationStopping.Register(
            static state => ((LiveConnection)state!).Close(WebSocketCloseStatus.EndpointUnavailable, LiveCloseStatus.Stopping),
            connection);
        _connections.TryAdd(connection, 0);
        metrics.Opened();
        try
        {
            await connection.RunAsync(requestAborted).ConfigureAwait(false);
        }
        finally
        {
            _connections.TryRemove(connection, out _);
            metrics.Closed();
        }
    }

    /// <summary>Subscribes before the host goes on starting, so a client served as soon as the host is up misses nothing.</summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _firstSubscription = hub.SubscribeAsync(_stopping.Token).GetAsyncEnumerator(_stopping.Token);
        return base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync().ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    // Cancelled, not disposed: see EventPersistenceService.Dispose; a later overlapping stop still calls StopAsync.
    public override void Dispose()
    {
        _stopping.Cancel();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, _stopping.Token);
        while (!stopping.IsCancellationRequested)
        {
            var changes = Interlocked.Exchange(ref _firstSubscription, null)
                ?? hub.SubscribeAsync(stopping.Token).GetAsyncEnumerator(stopping.Token);
            try
            {
                await using (changes.ConfigureAwait(false))
                {
                    if (await FollowAsync(changes, stopping.Token).ConfigureAwait(false))
                    {
                        return;
                    }
                }

                await Task.Delay(RetryDelay, stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                return;
            }
        }
    }

    /// <summary>Offers every change to every client; true when the feed ended (the hub stopped), false when it broke.</summary>
    private async Task<bool> FollowAsync(IAsyncEnumerator<Change> changes, CancellationToken stoppingToken)
    {
        try
        {
            while (await changes.MoveNextAsync().ConfigureAwait(false))
            {
                if (frames.From(changes.Current) is { } frame)
                {
                    foreach (var connection in _connections.Keys)
                    {
                        connection.Offer(frame);
                    }
                }
            }

            // The hub stopped and publishes nothing more.
            CloseAll(WebSocketCloseStatus.EndpointUnavailable, LiveCloseStatus.Stopping);
            return true;
        }
        catch (Exception) when (!stoppingToken.IsCancellationRequested)
        {
            // Cut off for falling behind, or the backend failed: either way clients missed changes nobody can replay.
            foreach (var connection in _connections.Keys)
            {
                if (connection.Close(LiveCloseStatus.TryAgainLater, LiveCloseStatus.MissedChanges))
                {
                    metrics.Dropped("missed_changes");
                }
            }

            return false;
        }
    }

    private void CloseAll(WebSocketCloseStatus status, string reason)
    {
        foreach (var connection in _connections.Keys)
        {
            connection.Close(status, reason);
        }
    }
}
