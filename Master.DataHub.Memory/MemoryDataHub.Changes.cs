using System.Runtime.CompilerServices;
using Master.DataHub.Changes;

namespace Master.DataHub.Memory;

internal sealed partial class MemoryDataHub
{
    /// <summary>The number of live change-feed subscribers.</summary>
    internal int SubscriberCount => _changes.SubscriberCount;

    public IAsyncEnumerable<Change> SubscribeAsync(CancellationToken cancellationToken = default)
    {
        // Subscribe here, not inside the iterator, so changes published between this call and the first MoveNextAsync count.
        var subscription = _changes.Subscribe(cancellationToken);
        return ReadAsync(subscription, cancellationToken);
    }

    private static async IAsyncEnumerable<Change> ReadAsync(
        ChangeSubscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            await foreach (var change in subscription.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
    }
}
