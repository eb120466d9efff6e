using System.Threading.Channels;

namespace Master.DataHub.Changes;

/// <summary>
/// A hub's local fan-out of its change feed: one bounded channel per subscriber. Publishing never waits: a subscriber
/// whose channel is full is completed with <see cref="ChangeFeedOverflowException"/> and dropped, so it learns that it
/// missed changes instead of slowing the writers or losing changes silently.
/// </summary>
/// <param name="capacity">How many unread changes one subscriber may hold.</param>
/// <param name="cutOff">Called (under the broadcaster's lock) each time a subscriber is cut off, e.g. to log it.</param>
public sealed class ChangeBroadcaster(int capacity, Action cutOff)
{
    private readonly Lock _sync = new();
    private readonly List<Channel<Change>> _subscribers = [];

    /// <summary>The number of live subscribers.</summary>
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

    /// <summary>Adds a subscriber now; it is removed when <paramref name="cancellationToken"/> fires or it is disposed.</summary>
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
                    cutOff();
                }
            }
        }
    }

    /// <summary>Ends every subscription normally: the hub is stopping and publishes nothing more.</summary>
    public void CompleteAll() => EndAll(error: null);

    /// <summary>
    /// Ends every subscription with <paramref name="error"/>: the hub may have missed changes (its backend connection
    /// dropped), so subscribers resubscribe and re-read state.
    /// </summary>
    public void FailAll(Exception error) => EndAll(error);

    internal void Unsubscribe(Channel<Change> channel)
    {
        lock (_sync)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }

    private void EndAll(Exception? error)
    {
        lock (_sync)
        {
            foreach (var channel in _subscribers)
            {
                channel.Writer.TryComplete(error);
            }

            _subscribers.Clear();
        }
    }
}
