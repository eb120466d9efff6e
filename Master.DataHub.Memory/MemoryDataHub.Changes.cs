using Master.DataHub.Changes;

namespace Master.DataHub.Memory;

internal sealed partial class MemoryDataHub
{
    /// <summary>The number of live change-feed subscribers.</summary>
    internal int SubscriberCount => _changes.SubscriberCount;

    // Subscribe here, not inside an iterator, so changes published between this call and the first MoveNextAsync count.
    public IAsyncEnumerable<Change> SubscribeAsync(CancellationToken cancellationToken = default) =>
        _changes.Subscribe(cancellationToken).ReadAllAsync(cancellationToken);
}
