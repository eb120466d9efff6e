using System.Threading.Channels;
using Master.DataHub.Changes;
using Microsoft.Extensions.Logging;

namespace Master.DataHub.Memory;

/// <summary>
/// Fans every published change out to one bounded channel per subscriber. Publishing never waits: a subscriber whose
/// channel is full is completed with <see cref="ChangeFeedOverflowException"/> and dropped, so it learns that it missed
/// changes instead of slowing the writers or losing changes silently.
/// </summary>
internal sealed class ChangeBroadcaster(int capacity, ILogger logger)
{
    private readonly Lock _sync = new();
    private readonly List<Channel<Change>> _subscribers = [];

    public int SubscriberCount
    {
        get
        {
            lock (_sync)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Adds a subscriber now; it is removed when <paramref name="cancellationToken"/> fires or its reader is disposed.</summary>
    public ChangeSubscription Subscribe(CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Change>(new BoundedChannelOptions(capacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        lock (_sync)
        {
            _subscribers.Add(channel);
        }

        var registration = cancellationToken.Register(static state =>
        {
            var (broadcaster, channel) = ((ChangeBroadcaster, Channel<Change>))state!;
            broadcaster.Unsubscribe(channel);
        }, (this, channel));
        return new ChangeSubscription(this, channel, registration);
    }

    /// <summary>Delivers a change to every subscriber in the order of the calls; callers serialise their calls.</summary>
    public void Publish(Change change)
    {
        lock (_sync)
        {
            for (var i = _subscribers.Count - 1; i >= 0; i--)
            {
                var writer = _subscribers[i].Writer;
                if (!writer.TryWrite(change))
                {
                    // With FullMode.Wait a full channel refuses the write instead of dropping an item.
                    writer.TryComplete(new ChangeFeedOverflowException());
                    _subscribers.RemoveAt(i);
                    logger.SubscriberCutOff(capacity);
                }
            }
        }
    }

    /// <summary>Ends every subscription normally: the hub is stopping and publishes nothing more.</summary>
    public void CompleteAll()
    {
        lock (_sync)
        {
            foreach (var channel in _subscribers)
            {
                channel.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    public void Unsubscribe(Channel<Change> channel)
    {
        lock (_sync)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }
}
