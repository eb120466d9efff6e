using System.Diagnostics.CodeAnalysis;
using Master.DataHub.Changes;
using StackExchange.Redis;

namespace Master.DataHub.Redis;

internal sealed partial class RedisDataHub
{
    private bool IsFeedLive()
    {
        lock (_sync)
        {
            return _feedLive;
        }
    }

    /// <summary>How long a write waits for its own change to come back on the feed before it returns anyway.</summary>
    private static readonly TimeSpan OwnChangeWait = TimeSpan.FromSeconds(2);

    private readonly List<(long Sequence, TaskCompletionSource Seen)> _changeWaiters = [];
    private bool _feedLive;
    private long _lastChange;

    /// <summary>The number of live change-feed subscribers of this instance.</summary>
    internal int SubscriberCount => _changes.SubscriberCount;

    // Subscribe here, not inside an iterator, so changes published between this call and the first MoveNextAsync count.
    public IAsyncEnumerable<Change> SubscribeAsync(CancellationToken cancellationToken = default) =>
        _changes.Subscribe(cancellationToken).ReadAllAsync(cancellationToken);

    /// <summary>Runs on the subscription's ordered queue, so local subscribers see Redis's order.</summary>
    [SuppressMessage("Design", "CA1031:Do not catch general exception types", Justification = "One bad message must not end the feed.")]
    private void OnChangeMessage(ChannelMessage message)
    {
        Change? change = null;
        long sequence = 0;
        try
        {
            (sequence, change) = ChangeMessages.Decode((byte[])message.Message!);
        }
        catch (Exception exception)
        {
            _logger.UnreadableChange(exception);
        }

        if (change is not null)
        {
            NoteSnapshotChange(change);
        }

        lock (_sync)
        {
            if (change is not null && !_stopped)
            {
                _changes.Publish(change);
            }

            _lastChange = Math.Max(_lastChange, sequence);
            ReleaseChangeWaiters(all: false);
        }
    }

    /// <summary>Waits until the feed has brought this instance the change with <paramref name="sequence"/>, or for a while.</summary>
    private async Task WaitForOwnChangeAsync(long sequence)
    {
        TaskCompletionSource seen;
        lock (_sync)
        {
            if (!_feedLive || _stopped || _lastChange >= sequence)
            {
                return;
            }

            seen = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _changeWaiters.Add((sequence, seen));
        }

        try
        {
            await seen.Task.WaitAsync(OwnChangeWait).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The write itself succeeded; a slow feed must not fail it.
        }
    }

    private void ReleaseChangeWaiters(bool all)
    {
        for (var i = _changeWaiters.Count - 1; i >= 0; i--)
        {
            if (all || _changeWaiters[i].Sequence <= _lastChange)
            {
                _changeWaiters[i].Seen.TrySetResult();
                _changeWaiters.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// While the subscription is down changes may be missed: subscribers are cut off (they resubscribe and re-read state,
    /// as after an overflow) and the snapshot cache stops trusting the versions it learnt from the feed. Both happen again
    /// when it is back, for changes published before the subscription was restored.
    /// </summary>
    private void SetFeedLive(bool live)
    {
        ForgetKnownVersions();
        lock (_sync)
        {
            var wasLive = _feedLive;
            _feedLive = live;
            ReleaseChangeWaiters(all: true);
            if (wasLive != live && !_stopped)
            {
                _changes.FailAll(new ChangeFeedOverflowException(
                    "The change feed's connection to Redis dropped, so changes may have been missed; resubscribe and re-read state."));
            }
        }
    }
}
