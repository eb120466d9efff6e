using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Master.DataHub.Changes;

/// <summary>One subscriber's channel of a <see cref="ChangeBroadcaster"/>; disposing it unsubscribes.</summary>
public sealed class ChangeSubscription : IDisposable
{
    private readonly ChangeBroadcaster _broadcaster;
    private readonly Channel<Change> _channel;
    private readonly CancellationTokenRegistration _registration;

    internal ChangeSubscription(ChangeBroadcaster broadcaster, Channel<Change> channel, CancellationTokenRegistration registration)
    {
        _broadcaster = broadcaster;
        _channel = channel;
        _registration = registration;
    }

    /// <summary>
    /// Streams the subscriber's changes until the hub ends the subscription or <paramref name="cancellationToken"/>
    /// fires, and unsubscribes when the stream ends. What <see cref="IChangeFeed.SubscribeAsync"/> returns.
    /// </summary>
    public async IAsyncEnumerable<Change> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (this)
        {
            await foreach (var change in _channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _registration.Dispose();
        _broadcaster.Unsubscribe(_channel);
    }
}
