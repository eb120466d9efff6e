using Master.DataHub.Changes;

namespace Master.DataHub;

/// <summary>Everything that changes in the hub, as a stream; with a shared backend it crosses instances.</summary>
public interface IChangeFeed
{
    /// <summary>
    /// Streams changes published after the call, in publication order, until <paramref name="cancellationToken"/> fires.
    /// A subscriber that falls more than <see cref="DataHubOptions.ChangeFeedCapacity"/> changes behind is cut off with
    /// <see cref="ChangeFeedOverflowException"/> rather than slowing writers; it should resubscribe and re-read state.
    /// </summary>
    IAsyncEnumerable<Change> SubscribeAsync(CancellationToken cancellationToken = default);
}
